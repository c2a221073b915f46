using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>A work-trial agreement as the form posts it.</summary>
public sealed class WorkTrialInput
{
    public int? OrganiserId { get; set; }

    public WorkTrialGoal? Goal { get; set; }

    public string? SupervisorName { get; set; }

    public string? SupervisorPhone { get; set; }

    public string? SupervisorEmail { get; set; }

    public string? Tasks { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public int? DaysPerWeek { get; set; }

    public string? HoursPerDay { get; set; }

    public string? ContactPlan { get; set; }

    public bool OutsideCommutingArea { get; set; }

    /// <summary>A saved agreement's values, for editing its draft.</summary>
    public static WorkTrialInput From(WorkTrialAgreement trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new WorkTrialInput
        {
            OrganiserId = trial.OrganiserId,
            Goal = trial.Goal,
            SupervisorName = trial.SupervisorName,
            SupervisorPhone = trial.SupervisorPhone,
            SupervisorEmail = trial.SupervisorEmail,
            Tasks = trial.Tasks,
            StartDate = trial.StartDate,
            EndDate = trial.EndDate,
            DaysPerWeek = trial.DaysPerWeek,
            HoursPerDay = FinnishDecimal.ForInput(trial.HoursPerDay),
            ContactPlan = trial.ContactPlan,
            OutsideCommutingArea = trial.OutsideCommutingArea,
        };
    }

    public WorkTrialDetails ToDetails() => new(
        new WorkplaceSupervisor(SupervisorName ?? string.Empty, SupervisorPhone, SupervisorEmail),
        Tasks ?? string.Empty,
        StartDate!.Value,
        EndDate!.Value,
        DaysPerWeek!.Value,
        FinnishDecimal.ParseOrNull(HoursPerDay)!.Value,
        ContactPlan,
        OutsideCommutingArea);
}

/// <summary>The shape of the input in Finnish, with the numbers of the bounds; the domain checks the rest.</summary>
public sealed class WorkTrialInputValidator : AbstractValidator<WorkTrialInput>
{
    public WorkTrialInputValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(i => i.OrganiserId).NotNull().WithMessage(_ => t["WorkTrials.Form.OrganiserRequired"]);
        RuleFor(i => i.Goal).NotNull().WithMessage(_ => t["WorkTrials.Form.GoalRequired"]).IsInEnum().WithMessage(_ => t["WorkTrials.Form.GoalRequired"]);
        RuleFor(i => i.SupervisorName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["WorkTrials.Agreement.SupervisorRequired"]);
        RuleFor(i => i.Tasks).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["WorkTrials.Agreement.TasksRequired"]);
        RuleFor(i => i.SupervisorEmail).EmailAddress().When(i => !string.IsNullOrWhiteSpace(i.SupervisorEmail)).WithMessage(_ => t["Client.Validation.Email"]);
        RuleFor(i => i.StartDate).NotNull().WithMessage(_ => t["WorkTrials.Form.StartRequired"]);
        RuleFor(i => i.EndDate).NotNull().WithMessage(_ => t["WorkTrials.Form.EndRequired"]);
        RuleFor(i => i.DaysPerWeek).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["WorkTrials.Form.DaysRange", WorkTrialAgreement.MinDaysPerWeek, WorkTrialAgreement.MaxDaysPerWeek])
            .InclusiveBetween(WorkTrialAgreement.MinDaysPerWeek, WorkTrialAgreement.MaxDaysPerWeek)
            .WithMessage(_ => t["WorkTrials.Form.DaysRange", WorkTrialAgreement.MinDaysPerWeek, WorkTrialAgreement.MaxDaysPerWeek]);
        RuleFor(i => i.HoursPerDay)
            .Must(h => FinnishDecimal.ParseOrNull(h) is >= WorkTrialAgreement.MinHoursPerDay and <= WorkTrialAgreement.MaxHoursPerDay)
            .WithMessage(_ => t["WorkTrials.Form.HoursRange", WorkTrialAgreement.MinHoursPerDay, WorkTrialAgreement.MaxHoursPerDay]);
    }
}
