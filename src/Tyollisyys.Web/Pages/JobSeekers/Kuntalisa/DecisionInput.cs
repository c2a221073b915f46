using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>A kuntalisä application as the draft form posts it. Numbers are text so "37,5" and "2 400,00" read as typed.</summary>
public sealed class DecisionInput
{
    public int? EmployerId { get; set; }

    public DateOnly? ApplicationDate { get; set; }

    public DateOnly? EmploymentStart { get; set; }

    /// <summary>Empty for an employment until further notice.</summary>
    public DateOnly? EmploymentEnd { get; set; }

    public string? WeeklyHours { get; set; }

    public string? GrossMonthlyPay { get; set; }

    public string? MonthlyEmployerCosts { get; set; }

    public string? CollectiveAgreement { get; set; }

    public bool HasStatePaySubsidy { get; set; }

    public string? RequestedPercent { get; set; }

    public int? RequestedMonths { get; set; }

    public static DecisionInput From(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionInput
        {
            EmployerId = decision.EmployerId,
            ApplicationDate = decision.ApplicationDate,
            EmploymentStart = decision.EmploymentStart,
            EmploymentEnd = decision.EmploymentEnd,
            WeeklyHours = FinnishDecimal.ForInput(decision.WeeklyHours),
            GrossMonthlyPay = EuroInput.Format(decision.GrossMonthlyPay),
            MonthlyEmployerCosts = decision.MonthlyEmployerCosts == 0 ? null : EuroInput.Format(decision.MonthlyEmployerCosts),
            CollectiveAgreement = decision.CollectiveAgreement,
            HasStatePaySubsidy = decision.HasStatePaySubsidy,
            RequestedPercent = FinnishDecimal.ForInput(decision.RequestedPercent),
            RequestedMonths = decision.RequestedMonths,
        };
    }

    /// <summary>The domain's input; call after validation. The employment's own rules may still refuse (DomainException).</summary>
    public KuntalisaDecisionDetails ToDetails(int ruleVersionId)
    {
        var pay = EuroInput.TryParse(GrossMonthlyPay, out var p) ? p : 0m;
        var costs = EuroInput.TryParse(MonthlyEmployerCosts, out var c) ? c : 0m;
        return new KuntalisaDecisionDetails(
            EmployerId!.Value,
            ruleVersionId,
            ApplicationDate!.Value,
            new KuntalisaEmployment(EmploymentStart!.Value, EmploymentEnd, FinnishDecimal.ParseOrNull(WeeklyHours)!.Value, pay, costs),
            CollectiveAgreement ?? string.Empty,
            HasStatePaySubsidy,
            FinnishDecimal.ParseOrNull(RequestedPercent),
            RequestedMonths!.Value);
    }
}

/// <summary>The shape of the input, in Finnish; the domain checks the rest (dates in order, ranges) with its own messages.</summary>
public sealed class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(i => i.EmployerId).NotNull().WithMessage(_ => t["Kuntalisa.Draft.EmployerRequired"]);
        RuleFor(i => i.ApplicationDate).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Kuntalisa.Draft.ApplicationDateRequired"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(i => t.Formatted("Kuntalisa.Decision.ApplicationDateInFuture", [i.ApplicationDate!.Value]));
        RuleFor(i => i.EmploymentStart).NotNull().WithMessage(_ => t["Kuntalisa.Draft.StartRequired"]);
        RuleFor(i => i.EmploymentEnd).Must((i, end) => end is null || i.EmploymentStart is null || end >= i.EmploymentStart)
            .WithMessage(_ => t["Kuntalisa.Draft.EndBeforeStart"]);
        RuleFor(i => i.WeeklyHours).Cascade(CascadeMode.Stop)
            .Must(h => !string.IsNullOrWhiteSpace(h)).WithMessage(_ => t["Kuntalisa.Draft.HoursRequired"])
            .Must(h => FinnishDecimal.ParseOrNull(h) is > 0 and <= KuntalisaEmployment.MaxWeeklyHours)
            .WithMessage(_ => t["Kuntalisa.Draft.HoursFormat", KuntalisaEmployment.MaxWeeklyHours]);
        RuleFor(i => i.GrossMonthlyPay).Cascade(CascadeMode.Stop)
            .Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage(_ => t["Kuntalisa.Draft.PayRequired"])
            .Must(p => EuroInput.TryParse(p, out var v) && v > 0).WithMessage(_ => t["Kuntalisa.Draft.MoneyFormat"]);
        RuleFor(i => i.MonthlyEmployerCosts)
            .Must(c => string.IsNullOrWhiteSpace(c) || EuroInput.TryParse(c, out _)).WithMessage(_ => t["Kuntalisa.Draft.MoneyFormat"]);
        RuleFor(i => i.CollectiveAgreement).Cascade(CascadeMode.Stop)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(_ => t["Kuntalisa.Decision.CollectiveAgreementRequired"])
            .Must(c => c!.Trim().Length <= KuntalisaDecision.CollectiveAgreementMaxLength)
            .WithMessage(_ => t["Validation.TooLong", KuntalisaDecision.CollectiveAgreementMaxLength]);
        RuleFor(i => i.RequestedPercent)
            .Must(p => string.IsNullOrWhiteSpace(p) || FinnishDecimal.ParseOrNull(p) is > 0 and <= 100)
            .WithMessage(_ => t["Kuntalisa.Draft.PercentFormat"]);
        RuleFor(i => i.RequestedMonths).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Kuntalisa.Draft.MonthsRequired", KuntalisaApplication.MaxRequestedMonths])
            .InclusiveBetween(1, KuntalisaApplication.MaxRequestedMonths).WithMessage(_ => t["Kuntalisa.Draft.MonthsRequired", KuntalisaApplication.MaxRequestedMonths]);
    }
}
