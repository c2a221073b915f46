using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaDecisionFixtures;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

/// <summary>
/// Claims against the standard Kajaani decision (70 %, 1 680 €/month, subsidised 1.3.–31.8.2026) unless a test
/// says otherwise; Sotkamo's fixed 450 €/month capped at 3 600 € (12 months, 1.3.2026–28.2.2027) for fixed mode.
/// </summary>
public sealed class KuntalisaPaymentClaimTests
{
    private static readonly DateOnly March1 = new(2026, 3, 1);
    private static readonly DateOnly March31 = new(2026, 3, 31);
    private static readonly DateOnly April1 = new(2026, 4, 1);
    private static readonly DateOnly April30 = new(2026, 4, 30);
    private static readonly DateOnly May31 = new(2026, 5, 31);
    private static readonly DateOnly June30 = new(2026, 6, 30);

    private static KuntalisaPaymentClaim Claim(
        KuntalisaDecision decision,
        DateOnly start,
        DateOnly end,
        decimal wages = 2400m,
        DateOnly? received = null,
        string? lateReason = null) =>
        decision.RecordClaim(start, end, received ?? end.AddDays(5), wages, lateReason, Drafter, Now.AddDays(90));

    private static KuntalisaDecision Sotkamo() =>
        Approved(Details(percent: null, months: 12), KuntalisaRules.Sotkamo(SotkamoId), municipalityId: SotkamoId);

    [Fact]
    public void A_one_month_claim_pays_the_granted_share_of_the_wages_and_puts_the_decision_in_payment()
    {
        var decision = Approved();

        var claim = Claim(decision, March1, March31, wages: 2000m, received: new DateOnly(2026, 4, 8));

        // 2 000 × 70 % = 1 400 € ≤ 1 680 € for one month: paid as such.
        Assert.Equal(1400.00m, claim.PayableAmount);
        Assert.Equal(1m, claim.Months);
        Assert.Equal(2000m, claim.WagesPaid);
        Assert.Equal(new DateOnly(2026, 4, 8), claim.ReceivedOn);
        Assert.Equal(Drafter, claim.RecordedBy);
        Assert.Equal(Now.AddDays(90), claim.RecordedAt);
        Assert.False(claim.PayableLimitedByMonthlyAmount);
        Assert.False(claim.PayableLimitedByGrant);
        Assert.False(claim.IsLate);
        Assert.Null(claim.LateReason);
        Assert.NotEqual(Guid.Empty, claim.Key);
        Assert.Equal(KuntalisaDecisionStatus.InPayment, decision.Status);
        Assert.Equal(1400m, decision.TotalPaid);

        // 10 080 − 1 400 = 8 680 remains; the commitment stays the whole grant until the decision closes.
        Assert.Equal(8680m, decision.Remaining);
        Assert.Equal(10080m, decision.Committed);
    }

    [Fact]
    public void A_share_of_wages_above_the_monthly_amount_is_limited_to_it()
    {
        var decision = Approved();

        var claim = Claim(decision, March1, March31, wages: 2600m);

        // 2 600 × 70 % = 1 820 € > 1 680 € for one month → 1 680 €.
        Assert.Equal(1680.00m, claim.PayableAmount);
        Assert.True(claim.PayableLimitedByMonthlyAmount);
        Assert.False(claim.PayableLimitedByGrant);
    }

    [Fact]
    public void A_three_month_claim_is_limited_by_three_monthly_amounts()
    {
        var decision = Approved();

        var claim = Claim(decision, March1, May31, wages: 7500m);

        // 7 500 × 70 % = 5 250 € > 3 × 1 680 = 5 040 € → 5 040 €.
        Assert.Equal(3m, claim.Months);
        Assert.Equal(5040.00m, claim.PayableAmount);
        Assert.True(claim.PayableLimitedByMonthlyAmount);
    }

    [Fact]
    public void Cents_of_a_share_are_rounded_away_from_zero()
    {
        var decision = Approved();

        var claim = Claim(decision, March1, March31, wages: 1234.55m);

        // 1 234,55 × 70 % = 864,185 → 864,19.
        Assert.Equal(864.19m, claim.PayableAmount);
    }

    [Fact]
    public void A_fixed_sum_claim_pays_the_monthly_sum_whatever_the_wages()
    {
        var decision = Sotkamo();

        var claim = Claim(decision, March1, May31, wages: 100m);

        // 3 × 450 = 1 350 €.
        Assert.Equal(1350.00m, claim.PayableAmount);
        Assert.False(claim.PayableLimitedByMonthlyAmount);
        Assert.False(claim.PayableLimitedByGrant);
    }

    [Fact]
    public void A_claim_that_would_exceed_the_grant_is_cut_to_what_remains_and_then_nothing_more_is_paid()
    {
        var decision = Sotkamo();
        Claim(decision, March1, May31);
        Claim(decision, new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31));

        // Paid 1 350 + 1 350 = 2 700; 3 × 450 = 1 350 more would make 4 050 > 3 600 → 900.
        var third = Claim(decision, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30));
        Assert.Equal(900.00m, third.PayableAmount);
        Assert.True(third.PayableLimitedByGrant);
        Assert.Equal(3600m, decision.TotalPaid);
        Assert.Equal(0m, decision.Remaining);

        // The total never passes the grant: the last months find nothing left.
        var refusal = AssertRefused(
            "Kuntalisa.Claim.NothingRemaining",
            () => Claim(decision, new DateOnly(2026, 12, 1), new DateOnly(2027, 2, 28), received: new DateOnly(2027, 3, 5)));
        Assert.Equal([3600m], refusal.Arguments);
        Assert.Equal(3, decision.Claims.Count);

        // Paid in full, the decision stays in payment until someone closes it.
        Assert.Equal(KuntalisaDecisionStatus.InPayment, decision.Status);
    }

    [Fact]
    public void Claims_for_every_month_pay_exactly_the_grant()
    {
        var decision = Approved();

        Claim(decision, March1, May31, wages: 7200m);
        Claim(decision, June30.AddDays(-29), new DateOnly(2026, 8, 31), wages: 7200m);

        // 2 × (7 200 × 70 % = 5 040) = 10 080 = the grant.
        Assert.Equal(10080m, decision.TotalPaid);
        Assert.Equal(0m, decision.Remaining);
    }

    [Fact]
    public void A_monthly_claim_never_takes_the_bonus()
    {
        var decision = Approved(Details(percent: null, months: 6), KuntalisaRules.Tampere(TampereId), municipalityId: TampereId);

        Claim(decision, March1, May31);
        Claim(decision, new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31));

        // 6 × 600 = 3 600 paid; the 1 800 € bonus remains in the grant, but not for monthly claims.
        Assert.Equal(3600m, decision.TotalPaid);
        Assert.Equal(1800m, decision.Remaining);
        Assert.Equal(0m, decision.RemainingForClaims);
    }

    [Fact]
    public void Claims_may_follow_each_other_in_any_order()
    {
        var decision = Approved();

        Claim(decision, April1, April30);
        Claim(decision, March1, March31);

        Assert.Equal(2, decision.Claims.Count);
    }

    [Fact]
    public void A_claim_for_four_months_is_refused()
    {
        var decision = Approved();

        var refusal = AssertRefused("Kuntalisa.Claim.TooManyMonths", () => Claim(decision, March1, June30));

        Assert.Equal([3, 4], refusal.Arguments);
        Assert.Empty(decision.Claims);
        Assert.Equal(KuntalisaDecisionStatus.Approved, decision.Status);
    }

    [Fact]
    public void A_claim_not_starting_on_a_subsidy_months_first_day_is_refused()
    {
        var decision = Approved();

        var refusal = AssertRefused("Kuntalisa.Claim.NotOnMonthBoundary", () => Claim(decision, new DateOnly(2026, 3, 2), March31));

        Assert.Equal([new DateOnly(2026, 3, 2), March1], refusal.Arguments);
    }

    [Fact]
    public void A_claim_not_ending_on_a_subsidy_months_last_day_is_refused()
    {
        var decision = Approved();

        var refusal = AssertRefused("Kuntalisa.Claim.NotWholeMonths", () => Claim(decision, March1, new DateOnly(2026, 4, 15)));

        Assert.Equal([new DateOnly(2026, 4, 15), April30], refusal.Arguments);
    }

    [Fact]
    public void Subsidy_months_follow_the_start_day_not_the_calendar()
    {
        // Employment from 15.3.2026: the subsidy months run 15.3.–14.4., 15.4.–14.5., ...
        var decision = Approved(Details(start: new DateOnly(2026, 3, 15)));

        AssertRefused("Kuntalisa.Claim.NotOnMonthBoundary", () => Claim(decision, April1, April30));
        var claim = Claim(decision, new DateOnly(2026, 3, 15), new DateOnly(2026, 5, 14));

        // Two months: 2 400 × 70 % = 1 680 ≤ 2 × 1 680.
        Assert.Equal(2m, claim.Months);
        Assert.Equal(1680m, claim.PayableAmount);
    }

    [Fact]
    public void A_claim_outside_the_subsidised_period_is_refused()
    {
        var decision = Approved();

        var before = AssertRefused("Kuntalisa.Claim.OutsideSubsidyPeriod", () => Claim(decision, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)));
        Assert.Equal([March1, new DateOnly(2026, 8, 31)], before.Arguments);

        AssertRefused("Kuntalisa.Claim.OutsideSubsidyPeriod", () => Claim(decision, new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 30)));
        AssertRefused("Kuntalisa.Claim.OutsideSubsidyPeriod", () => Claim(decision, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30)));
    }

    [Fact]
    public void The_last_subsidy_month_can_be_claimed()
    {
        var decision = Approved();

        var claim = Claim(decision, new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));

        Assert.Equal(1680m, claim.PayableAmount);
    }

    [Fact]
    public void A_claim_overlapping_an_earlier_one_is_refused()
    {
        var decision = Approved();
        Claim(decision, March1, April30);

        var refusal = AssertRefused("Kuntalisa.Claim.Overlaps", () => Claim(decision, April1, May31));

        Assert.Equal([March1, April30], refusal.Arguments);
        Assert.Single(decision.Claims);
    }

    [Fact]
    public void A_claim_for_a_period_not_yet_over_is_refused_and_the_day_after_its_end_is_accepted()
    {
        var decision = Approved();

        var refusal = AssertRefused("Kuntalisa.Claim.PeriodNotOver", () => Claim(decision, March1, March31, received: March31));
        Assert.Equal([March31, March31], refusal.Arguments);

        Claim(decision, March1, March31, received: April1);
        Assert.Single(decision.Claims);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        AssertRefused("Kuntalisa.Claim.PeriodEndsBeforeStart", () => Claim(Approved(), April1, March31));

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(0.004)]
    public void Wages_of_zero_or_less_are_refused(double wages) =>
        AssertRefused("Kuntalisa.Claim.InvalidWages", () => Claim(Approved(), March1, March31, wages: (decimal)wages));

    [Theory]
    [InlineData(2026, 3, 15, 2026, 5, 31)]
    [InlineData(2026, 3, 31, 2026, 5, 31)]
    [InlineData(2026, 3, 1, 2026, 5, 31)]
    [InlineData(2025, 12, 31, 2026, 2, 28)]
    [InlineData(2027, 12, 31, 2028, 2, 29)]
    [InlineData(2027, 12, 1, 2028, 2, 29)]
    [InlineData(2026, 11, 30, 2027, 1, 31)]
    [InlineData(2026, 6, 30, 2026, 8, 31)]
    public void The_deadline_is_the_last_day_of_the_second_month_after_the_period_ended(int year, int month, int day, int dueYear, int dueMonth, int dueDay)
    {
        // 15.3. → March + 2 = May → 31.5.; December 2025 → February 2026 (28 days); December 2027 → February 2028 (leap: 29).
        Assert.Equal(new DateOnly(dueYear, dueMonth, dueDay), KuntalisaPaymentClaim.DeadlineFor(new DateOnly(year, month, day)));
    }

    [Fact]
    public void A_claim_received_on_the_deadline_itself_is_on_time()
    {
        var decision = Approved();

        // March ends 31.3.2026 → due by 31.5.2026.
        var claim = Claim(decision, March1, March31, received: May31);

        Assert.False(claim.IsLate);
    }

    [Fact]
    public void A_claim_received_the_day_after_the_deadline_is_late_and_needs_a_reason()
    {
        var decision = Approved();

        var refusal = AssertRefused("Kuntalisa.Claim.LateNeedsReason", () => Claim(decision, March1, March31, received: new DateOnly(2026, 6, 1)));
        Assert.Equal([May31], refusal.Arguments);
        Assert.Empty(decision.Claims);

        AssertRefused("Kuntalisa.Claim.LateNeedsReason", () => Claim(decision, March1, March31, received: new DateOnly(2026, 6, 1), lateReason: "  "));

        var claim = Claim(decision, March1, March31, received: new DateOnly(2026, 6, 1), lateReason: " Tilitoimiston viive. ");
        Assert.True(claim.IsLate);
        Assert.Equal("Tilitoimiston viive.", claim.LateReason);
        Assert.Equal(1680m, claim.PayableAmount);
    }

    [Fact]
    public void A_late_reason_on_a_claim_on_time_is_not_kept()
    {
        var claim = Claim(Approved(), March1, March31, received: April1, lateReason: "Varmuuden vuoksi.");

        Assert.False(claim.IsLate);
        Assert.Null(claim.LateReason);
    }

    [Fact]
    public void A_late_reason_longer_than_2000_characters_is_refused() =>
        AssertRefused(
            "Validation.TooLong",
            () => Claim(Approved(), March1, March31, received: new DateOnly(2026, 6, 1), lateReason: new string('x', 2001)));

    [Fact]
    public void A_claim_spanning_a_leap_day_ending_in_February_is_due_at_the_end_of_April()
    {
        // Employment from 1.12.2027; months 1.12.–31.12., 1.1.–31.1., 1.2.–29.2.2028 (leap year).
        var decision = Approved(Details(applied: Today, start: new DateOnly(2027, 12, 1), months: 3));

        var claim = Claim(decision, new DateOnly(2027, 12, 1), new DateOnly(2028, 2, 29), wages: 7200m, received: new DateOnly(2028, 4, 30));

        Assert.False(claim.IsLate);
        Assert.Equal(new DateOnly(2028, 4, 30), KuntalisaPaymentClaim.DeadlineFor(claim.PeriodEnd));
        Assert.Equal(5040m, claim.PayableAmount);
    }

    [Fact]
    public void A_claim_is_refused_after_the_decision_closed()
    {
        var decision = InPayment();
        decision.Close(Now);

        AssertRefused("Kuntalisa.Decision.IllegalTransition", () => Claim(decision, April1, April30));
    }
}
