using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>The employment's last day and why it ended before the subsidised period did.</summary>
public sealed class EndEarlyInput
{
    public DateOnly? LastDay { get; set; }

    public string? Reason { get; set; }
}

/// <summary>What an early end would do, read off the decision after <see cref="KuntalisaDecision.EndEarly"/> ran unsaved.</summary>
public sealed record EndEarlyPreview(decimal Allowed, decimal Paid, decimal Recovery, decimal Released);

public sealed class EndEarlyInputValidator : AbstractValidator<EndEarlyInput>
{
    public EndEarlyInputValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(e => e.LastDay).NotNull().WithMessage(_ => t["Kuntalisa.EndEarly.LastDayRequired"]);
        RuleFor(e => e.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Kuntalisa.Decision.EndReasonRequired"])
            .MaximumLength(KuntalisaDecision.ReasonMaxLength).WithMessage(_ => t["Kuntalisa.Payments.ReasonTooLong", KuntalisaDecision.ReasonMaxLength]);
    }
}

/// <summary>Why a decision is cancelled.</summary>
public sealed class CancelInput
{
    public string? Reason { get; set; }
}

public sealed class CancelInputValidator : AbstractValidator<CancelInput>
{
    public CancelInputValidator(IStringLocalizer<SharedResource> t) =>
        RuleFor(e => e.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Kuntalisa.Decision.CancelReasonRequired"])
            .MaximumLength(KuntalisaDecision.ReasonMaxLength).WithMessage(_ => t["Kuntalisa.Payments.ReasonTooLong", KuntalisaDecision.ReasonMaxLength]);
}
