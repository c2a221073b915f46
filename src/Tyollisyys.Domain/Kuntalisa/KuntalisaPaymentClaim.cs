namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Maksatushakemus: the employer's claim for 1–3 subsidy months with the wages actually paid. Kept simple on
/// purpose: a claim is paid when it is recorded (recording it is accepting it, and the accepted amount is what the
/// municipality pays), so there is no separate payment row. Recorded only through
/// <see cref="KuntalisaDecision.RecordClaim"/>, which checks the period and computes the payable amount.
/// </summary>
public sealed class KuntalisaPaymentClaim
{
    public const int LateReasonMaxLength = 2000;

    private KuntalisaPaymentClaim()
    {
    }

    internal KuntalisaPaymentClaim(
        Guid key,
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly receivedOn,
        decimal wagesPaid,
        decimal months,
        decimal payableAmount,
        bool payableLimitedByMonthlyAmount,
        bool payableLimitedByGrant,
        string? lateReason,
        Guid recordedBy,
        DateTimeOffset recordedAt)
    {
        Key = key;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        ReceivedOn = receivedOn;
        WagesPaid = wagesPaid;
        Months = months;
        PayableAmount = payableAmount;
        PayableLimitedByMonthlyAmount = payableLimitedByMonthlyAmount;
        PayableLimitedByGrant = payableLimitedByGrant;
        IsLate = lateReason is not null;
        LateReason = lateReason;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public long DecisionId { get; private set; }

    public Guid Key { get; private set; }

    /// <summary>The first day of a subsidy month.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>The last day of a subsidy month, or the last day of employment after an early end.</summary>
    public DateOnly PeriodEnd { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Gross wages the employer paid for the period, in euros (cents).</summary>
    public decimal WagesPaid { get; private set; }

    /// <summary>Subsidy months the period covers, a partial last month as a fraction (2.5; 4 decimals).</summary>
    public decimal Months { get; private set; }

    /// <summary>What the municipality pays for this claim, in euros (cents).</summary>
    public decimal PayableAmount { get; private set; }

    /// <summary>The share of wages was more than the granted monthly amount for the period, so the latter was paid.</summary>
    public bool PayableLimitedByMonthlyAmount { get; private set; }

    /// <summary>The amount was cut to what the grant still allowed.</summary>
    public bool PayableLimitedByGrant { get; private set; }

    /// <summary>Received after <see cref="DeadlineFor"/> its period's end; then <see cref="LateReason"/> says why it was accepted.</summary>
    public bool IsLate { get; private set; }

    public string? LateReason { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// The last day a claim for a period ending on <paramref name="periodEnd"/> is on time: the last day of the second
    /// month after the month in which the period ended (15.3.2026 → 31.5.2026; 31.12.2027 → 29.2.2028).
    /// </summary>
    public static DateOnly DeadlineFor(DateOnly periodEnd) =>
        new DateOnly(periodEnd.Year, periodEnd.Month, 1).AddMonths(3).AddDays(-1);

    public bool Overlaps(DateOnly start, DateOnly end) => PeriodStart <= end && start <= PeriodEnd;
}
