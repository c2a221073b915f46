using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>The employer's payment claims against the decision: periods, payable amounts, lateness.</summary>
public sealed partial class KuntalisaDecision
{
    /// <summary>
    /// Records (and thereby pays) the employer's claim for <paramref name="periodStart"/>–<paramref name="periodEnd"/>:
    /// 1–3 subsidy months from a month's first day to a month's last day (after an early end, the last month may
    /// end on the last day of employment), within the subsidised period, not overlapping an earlier claim, and over
    /// before it was received. Payable: in percentage mode the granted share of the wages, at most the monthly amount
    /// for the months; in fixed mode the monthly amount for the months; then at most what the grant still allows.
    /// A claim received after <see cref="KuntalisaPaymentClaim.DeadlineFor"/> needs <paramref name="lateReason"/>
    /// (ignored for a claim on time). The first claim puts an approved decision in payment.
    /// </summary>
    public KuntalisaPaymentClaim RecordClaim(
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly receivedOn,
        decimal wagesPaid,
        string? lateReason,
        Guid recordedBy,
        DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.RecordClaim, KuntalisaDecisionStatus.Approved, KuntalisaDecisionStatus.InPayment, KuntalisaDecisionStatus.EndedEarly);
        var room = RemainingForClaims;
        if (room <= 0m)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NothingRemaining",
                string.Create(CultureInfo.InvariantCulture, $"The grant has been paid in full ({TotalPaid:0.00} €); nothing remains to claim."),
                TotalPaid);
        }

        var wages = KuntalisaAmount.Cents(wagesPaid);
        if (wages <= 0m)
        {
            throw new DomainException("Kuntalisa.Claim.InvalidWages", "The wages paid for the period must be more than zero.");
        }

        var period = SubsidyPeriod!;
        CheckClaimPeriod(period, periodStart, periodEnd, receivedOn);

        var deadline = KuntalisaPaymentClaim.DeadlineFor(periodEnd);
        string? reason = null;
        if (receivedOn > deadline)
        {
            if (string.IsNullOrWhiteSpace(lateReason))
            {
                throw new DomainException(
                    "Kuntalisa.Claim.LateNeedsReason",
                    string.Create(CultureInfo.InvariantCulture, $"The claim was due by {deadline:yyyy-MM-dd}; a late claim needs a reason to be accepted."),
                    deadline);
            }

            reason = Guard.RequiredText(lateReason, KuntalisaPaymentClaim.LateReasonMaxLength, "Kuntalisa.Claim.LateNeedsReason", "Late reason");
        }

        var forMonths = period.AmountFor(GrantedMonthlyAmount!.Value, periodStart, periodEnd);
        var payable = forMonths;
        var limitedByMonthly = false;
        if (GrantedPercent is { } percent)
        {
            var share = KuntalisaAmount.Cents(wages * percent / 100m);
            limitedByMonthly = share > forMonths;
            payable = limitedByMonthly ? forMonths : share;
        }

        var limitedByGrant = payable > room;
        if (limitedByGrant)
        {
            payable = room;
        }

        var claim = new KuntalisaPaymentClaim(
            Guid.NewGuid(),
            periodStart,
            periodEnd,
            receivedOn,
            wages,
            period.MonthsIn(periodStart, periodEnd),
            payable,
            limitedByMonthly,
            limitedByGrant,
            reason,
            recordedBy,
            at);
        _claims.Add(claim);
        if (Status == KuntalisaDecisionStatus.Approved)
        {
            Status = KuntalisaDecisionStatus.InPayment;
        }

        return claim;
    }

    private void CheckClaimPeriod(KuntalisaSubsidyPeriod period, DateOnly start, DateOnly end, DateOnly receivedOn)
    {
        if (end < start)
        {
            throw new DomainException(
                "Kuntalisa.Claim.PeriodEndsBeforeStart",
                string.Create(CultureInfo.InvariantCulture, $"The claim period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                start,
                end);
        }

        var lastDay = EndedEarlyOn ?? period.End;
        if (start < period.Start || end > lastDay)
        {
            throw new DomainException(
                "Kuntalisa.Claim.OutsideSubsidyPeriod",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The claim period {start:yyyy-MM-dd}–{end:yyyy-MM-dd} must lie within the subsidised period {period.Start:yyyy-MM-dd}–{lastDay:yyyy-MM-dd}."),
                period.Start,
                lastDay);
        }

        if (period.IndexOfMonthStarting(start) is not { } first)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NotOnMonthBoundary",
                string.Create(CultureInfo.InvariantCulture, $"A claim period starts on the first day of a subsidy month; the months run from {period.Start:yyyy-MM-dd} (got {start:yyyy-MM-dd})."),
                start,
                period.Start);
        }

        var last = period.IndexOfMonthContaining(end)!.Value;
        if (end != period.MonthEnd(last) && end != EndedEarlyOn)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NotWholeMonths",
                string.Create(CultureInfo.InvariantCulture, $"A claim period ends on the last day of a subsidy month: {end:yyyy-MM-dd} lies in the month ending {period.MonthEnd(last):yyyy-MM-dd}."),
                end,
                period.MonthEnd(last));
        }

        if (last - first + 1 > MaxClaimMonths)
        {
            throw new DomainException(
                "Kuntalisa.Claim.TooManyMonths",
                string.Create(CultureInfo.InvariantCulture, $"A claim covers 1–{MaxClaimMonths} subsidy months ({start:yyyy-MM-dd}–{end:yyyy-MM-dd} covers {last - first + 1})."),
                MaxClaimMonths,
                last - first + 1);
        }

        if (_claims.Find(c => c.Overlaps(start, end)) is { } earlier)
        {
            throw new DomainException(
                "Kuntalisa.Claim.Overlaps",
                string.Create(CultureInfo.InvariantCulture, $"The period overlaps the claim for {earlier.PeriodStart:yyyy-MM-dd}–{earlier.PeriodEnd:yyyy-MM-dd}."),
                earlier.PeriodStart,
                earlier.PeriodEnd);
        }

        if (end >= receivedOn)
        {
            throw new DomainException(
                "Kuntalisa.Claim.PeriodNotOver",
                string.Create(CultureInfo.InvariantCulture, $"A claim is for a past period: it ends {end:yyyy-MM-dd} and was received {receivedOn:yyyy-MM-dd}."),
                end,
                receivedOn);
        }
    }
}
