using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>The plan form: a new version's content and the version it was based on (0 for the first plan).</summary>
public sealed class PlanInput
{
    /// <summary>How many empty action rows the form offers for adding actions.</summary>
    public const int EmptyRows = 3;

    public int BasedOnVersion { get; set; }

    public PlanType? Type { get; set; }

    public string? Goals { get; set; }

    public DateOnly? AgreedOn { get; set; }

    public DateOnly? NextReviewDate { get; set; }

    public DateOnly? FirstPeriodStart { get; set; }

    public List<ObligationInput> Periods { get; set; } = [];

    public List<ActionInput> Actions { get; set; } = [];

    /// <summary>The rows that become the plan's actions: neither removed nor left empty.</summary>
    public IEnumerable<ActionInput> KeptActions => Actions.Where(a => !a.Remove && !a.IsEmpty);

    /// <summary>A new version prefilled from the current one (or an empty first plan), agreed today.</summary>
    public static PlanInput For(EmploymentPlan? current, DateOnly today)
    {
        var input = new PlanInput
        {
            BasedOnVersion = current?.Version ?? 0,
            Type = current?.Type ?? PlanType.Employment,
            Goals = current?.Goals,
            AgreedOn = today,
            NextReviewDate = today.AddMonths(3),
            FirstPeriodStart = today,
            Periods = current is null
                ? [.. Enumerable.Range(0, ObligationPeriod.PeriodsInPlan).Select(_ => new ObligationInput { Jobs = ObligationPeriod.FullObligation })]
                : [.. current.ObligationPeriods.Select(p => new ObligationInput { Jobs = p.JobsRequired, Reason = p.ReducedReason })],
            Actions = [.. (current?.Actions ?? []).Select(ActionInput.From)],
        };
        input.AddEmptyRows();
        return input;
    }

    public void AddEmptyRows()
    {
        for (var i = 0; i < EmptyRows; i++)
        {
            Actions.Add(new ActionInput());
        }
    }

    /// <summary>The content for the domain; call after the validator passed.</summary>
    public PlanContent ToContent() => new(
        Type!.Value,
        Goals ?? string.Empty,
        AgreedOn!.Value,
        NextReviewDate!.Value,
        [.. KeptActions.Select(a => a.ToAction())],
        FirstPeriodStart!.Value,
        [.. Periods.Select(p => (p.Jobs ?? ObligationPeriod.FullObligation, p.Reason))]);
}

public sealed class ObligationInput
{
    public int? Jobs { get; set; }

    public string? Reason { get; set; }
}

/// <summary>One action row. <see cref="Key"/> is empty for a new row and carried over for an existing action.</summary>
public sealed class ActionInput
{
    public Guid Key { get; set; }

    /// <summary>Ticked to leave an existing action out of the new version.</summary>
    public bool Remove { get; set; }

    public string? What { get; set; }

    public ActionResponsible? Responsible { get; set; } = ActionResponsible.JobSeeker;

    public string? OrganisationName { get; set; }

    public DateOnly? DueDate { get; set; }

    public PlanActionStatus? Status { get; set; } = PlanActionStatus.Agreed;

    public DateOnly? CompletedOn { get; set; }

    public int? ServiceId { get; set; }

    /// <summary>A new row with nothing written in it (its selects keep their defaults) is ignored.</summary>
    public bool IsEmpty =>
        Key == Guid.Empty && string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(OrganisationName)
        && DueDate is null && CompletedOn is null && ServiceId is null;

    public static ActionInput From(PlanAction action) => new()
    {
        Key = action.Key,
        What = action.What,
        Responsible = action.Responsible,
        OrganisationName = action.OrganisationName,
        DueDate = action.DueDate,
        Status = action.Status,
        CompletedOn = action.CompletedOn,
        ServiceId = action.ServiceId,
    };

    public PlanAction ToAction() =>
        new(Key, What ?? string.Empty, Responsible!.Value, OrganisationName, DueDate, Status!.Value, CompletedOn, ServiceId);
}

/// <summary>The form's shape, field by field and row by row, before the domain checks the plan as a whole.</summary>
public sealed class PlanInputValidator : AbstractValidator<PlanInput>
{
    public PlanInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(p => p.Type).NotNull().WithMessage(_ => t["Plans.Validation.Type"])
            .IsInEnum().WithMessage(_ => t["Plans.Validation.Type"]);
        RuleFor(p => p.Goals).NotEmpty().WithMessage(_ => t["Plans.Validation.Goals"]);
        RuleFor(p => p.AgreedOn).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Plans.Validation.AgreedOn"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Plans.Validation.AgreedInFuture"]);
        RuleFor(p => p.NextReviewDate).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Plans.Validation.NextReview", EmploymentPlan.ReviewWithinMonths])
            .Must((p, d) => p.AgreedOn is not { } agreed || (d > agreed && d <= agreed.AddMonths(EmploymentPlan.ReviewWithinMonths)))
            .WithMessage(_ => t["Plans.Validation.NextReview", EmploymentPlan.ReviewWithinMonths]);
        RuleFor(p => p.FirstPeriodStart).NotNull().WithMessage(_ => t["Plans.Validation.FirstPeriodStart"]);
        RuleFor(p => p.Periods).Must(p => p.Count == ObligationPeriod.PeriodsInPlan)
            .WithMessage(_ => t["Plans.ObligationPeriodCount", ObligationPeriod.PeriodsInPlan]);
        RuleFor(p => p.KeptActions).Must(a => a.Count() <= EmploymentPlan.MaxActions).OverridePropertyName(nameof(PlanInput.Actions))
            .WithMessage(_ => t["Plans.TooManyActions", EmploymentPlan.MaxActions]);
        RuleFor(p => p).Custom((input, context) =>
        {
            for (var i = 0; i < input.Periods.Count; i++)
            {
                var period = input.Periods[i];
                if (period.Jobs is not (>= 0 and <= ObligationPeriod.FullObligation))
                {
                    context.AddFailure($"Periods[{i}].Jobs", t["Plans.Validation.Jobs", i + 1]);
                }
                else if (period.Jobs < ObligationPeriod.FullObligation && string.IsNullOrWhiteSpace(period.Reason))
                {
                    context.AddFailure($"Periods[{i}].Reason", t["Plans.ReducedObligationNeedsReason", i + 1]);
                }
            }

            var today = clock.FinnishToday();
            for (var i = 0; i < input.Actions.Count; i++)
            {
                var action = input.Actions[i];
                if (action.Remove || action.IsEmpty)
                {
                    continue;
                }

                var row = i + 1;
                if (string.IsNullOrWhiteSpace(action.What))
                {
                    context.AddFailure($"Actions[{i}].What", t["Plans.ActionWhatRequired", row]);
                }

                if (action.Responsible is not { } responsible || !Enum.IsDefined(responsible))
                {
                    context.AddFailure($"Actions[{i}].Responsible", t["Plans.ActionResponsibleInvalid", row]);
                }
                else if (responsible == ActionResponsible.OtherOrganisation && string.IsNullOrWhiteSpace(action.OrganisationName))
                {
                    context.AddFailure($"Actions[{i}].OrganisationName", t["Plans.ActionOrganisationRequired", row]);
                }

                if (action.OrganisationName?.Trim().Length > PlanAction.OrganisationNameMaxLength)
                {
                    context.AddFailure($"Actions[{i}].OrganisationName", t["Validation.TooLong", PlanAction.OrganisationNameMaxLength]);
                }

                if (action.Status is not { } status || !Enum.IsDefined(status))
                {
                    context.AddFailure($"Actions[{i}].Status", t["Plans.ActionStatusInvalid", row]);
                }
                else if (status == PlanActionStatus.Done && action.CompletedOn is null)
                {
                    context.AddFailure($"Actions[{i}].CompletedOn", t["Plans.ActionCompletedOnRequired", row]);
                }
                else if (status == PlanActionStatus.Done && action.CompletedOn > today)
                {
                    context.AddFailure($"Actions[{i}].CompletedOn", t["Plans.ActionCompletedInFuture", row]);
                }
            }
        });
    }
}
