using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa.Claims;

/// <summary>
/// An employer's payment claim as typed: the subsidy month it starts with, how many months it covers, when it was
/// received, the wages paid (text, so "4 800,50" reads) and, for a late claim, why it is accepted anyway.
/// </summary>
public sealed class ClaimInput
{
    public DateOnly? PeriodStart { get; set; }

    public int? Months { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public string? Wages { get; set; }

    public string? LateReason { get; set; }
}

public sealed class ClaimInputValidator : AbstractValidator<ClaimInput>
{
    public ClaimInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(c => c.PeriodStart).NotNull().WithMessage(_ => t["Kuntalisa.Claims.PeriodStartRequired"]);
        RuleFor(c => c.Months).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Kuntalisa.Claims.MonthsRequired", KuntalisaDecision.MaxClaimMonths])
            .InclusiveBetween(1, KuntalisaDecision.MaxClaimMonths).WithMessage(_ => t["Kuntalisa.Claims.MonthsRequired", KuntalisaDecision.MaxClaimMonths]);
        RuleFor(c => c.ReceivedOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Kuntalisa.Claims.ReceivedOnRequired"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Kuntalisa.Claims.ReceivedInFuture"]);
        RuleFor(c => c.Wages).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Kuntalisa.Claims.WagesRequired"])
            .Must(text => EuroInput.TryParse(text, out var amount) && amount > 0).WithMessage(_ => t["Kuntalisa.Claims.WagesInvalid"]);
        RuleFor(c => c.LateReason).MaximumLength(KuntalisaPaymentClaim.LateReasonMaxLength)
            .WithMessage(_ => t["Kuntalisa.Claims.LateReasonTooLong", KuntalisaPaymentClaim.LateReasonMaxLength]);
    }
}
