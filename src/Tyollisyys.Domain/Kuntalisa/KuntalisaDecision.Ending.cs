using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>How a live decision ends: cancelled, ended early with the employment, or closed; each releases what will not be paid.</summary>
public sealed partial class KuntalisaDecision
{
    /// <summary>
    /// Cancels a draft, a submitted or an approved decision and releases its commitment. Once anything has been
    /// paid (in payment) the decision cannot be cancelled: it is ended early instead, which computes any recovery;
    /// that refusal is <c>Kuntalisa.Decision.CancelAfterPayment</c> rather than the illegal transition, since it
    /// names the way out. (An approved decision has no claims: the first one puts it in payment.)
    /// </summary>
    public void Cancel(DateTimeOffset at, string reason)
    {
        if (Status == KuntalisaDecisionStatus.InPayment)
        {
            throw new DomainException(
                "Kuntalisa.Decision.CancelAfterPayment",
                "A decision with payments cannot be cancelled; end it early instead.");
        }

        Require(KuntalisaDecisionAction.Cancel, KuntalisaDecisionStatus.Draft, KuntalisaDecisionStatus.Submitted, KuntalisaDecisionStatus.Approved);
        var text = Guard.RequiredText(reason, ReasonMaxLength, "Kuntalisa.Decision.CancelReasonRequired", "Cancel reason");

        Status = KuntalisaDecisionStatus.Cancelled;
        CancelledAt = at;
        CancelReason = text;
        Committed = 0m;
    }

    /// <summary>
    /// The employment ended on <paramref name="lastDayOfEmployment"/>, before the subsidised period's last day.
    /// The allowed total becomes the monthly amount for the whole subsidy months worked plus the days worked of
    /// the last, partial one (never above the frozen grant's monthly payments; a bonus is forfeited). More paid
    /// than that is to be recovered; the commitment shrinks to what is allowed, or to what was paid if more.
    /// </summary>
    public void EndEarly(DateOnly lastDayOfEmployment, string reason, DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.EndEarly, KuntalisaDecisionStatus.Approved, KuntalisaDecisionStatus.InPayment);
        var text = Guard.RequiredText(reason, ReasonMaxLength, "Kuntalisa.Decision.EndReasonRequired", "End reason");
        var period = SubsidyPeriod!;
        if (lastDayOfEmployment < period.Start || lastDayOfEmployment >= period.End)
        {
            throw new DomainException(
                "Kuntalisa.Decision.NotAnEarlyEnd",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"An early end lies from {period.Start:yyyy-MM-dd} to the day before {period.End:yyyy-MM-dd}, the subsidised period's last day (got {lastDayOfEmployment:yyyy-MM-dd})."),
                lastDayOfEmployment,
                period.Start,
                period.End);
        }

        var worked = period.AmountFor(GrantedMonthlyAmount!.Value, period.Start, lastDayOfEmployment);
        var allowed = Math.Min(worked, GrantedTotal!.Value - GrantedBonus!.Value);
        var paid = TotalPaid;

        Status = KuntalisaDecisionStatus.EndedEarly;
        EndedEarlyOn = lastDayOfEmployment;
        EndedAt = at;
        EndReason = text;
        AllowedTotal = allowed;
        RecoveryAmount = Math.Max(0m, paid - allowed);
        Committed = Math.Max(allowed, paid);
    }

    /// <summary>Closes the decision: nothing more will be paid, so the commitment shrinks to what was paid.</summary>
    public void Close(DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.Close, KuntalisaDecisionStatus.InPayment, KuntalisaDecisionStatus.EndedEarly);
        Status = KuntalisaDecisionStatus.Closed;
        ClosedAt = at;
        Committed = TotalPaid;
    }
}
