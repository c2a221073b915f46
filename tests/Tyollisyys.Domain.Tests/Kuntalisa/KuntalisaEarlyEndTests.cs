using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaDecisionFixtures;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

/// <summary>
/// Early ends of a Kajaani decision from 1.4.2026: 1 680 €/month × 6 = 10 080 €, subsidised 1.4.–30.9.2026, so
/// subsidy months 1.4.–30.4. (30 days), 1.5.–31.5. (31), 1.6.–30.6. (30), 1.7.–31.7., 1.8.–31.8., 1.9.–30.9. (30).
/// </summary>
public sealed class KuntalisaEarlyEndTests
{
    private static readonly DateOnly April1 = new(2026, 4, 1);

    private static KuntalisaDecision FromApril() => Approved(Details(start: April1));

    private static KuntalisaPaymentClaim Claim(KuntalisaDecision decision, DateOnly start, DateOnly end, decimal wages, DateOnly? received = null) =>
        decision.RecordClaim(start, end, received ?? end.AddDays(3), wages, null, Drafter, Now.AddDays(120));

    [Fact]
    public void Ending_after_two_months_and_half_of_a_30_day_month_with_three_months_paid_computes_the_recovery()
    {
        var decision = FromApril();
        Claim(decision, April1, new DateOnly(2026, 6, 30), wages: 7200m);
        Assert.Equal(5040m, decision.TotalPaid);

        decision.EndEarly(new DateOnly(2026, 6, 15), "Työsuhde päättyi koeajalla.", Now.AddDays(140));

        // Allowed: 2 × 1 680 + 1 680 × 15/30 = 3 360 + 840 = 4 200 €. Paid 5 040 → recover 840 €.
        // The commitment stays at what was paid (5 040) until the money is back; nothing more can be claimed.
        Assert.Equal(KuntalisaDecisionStatus.EndedEarly, decision.Status);
        Assert.Equal(new DateOnly(2026, 6, 15), decision.EndedEarlyOn);
        Assert.Equal("Työsuhde päättyi koeajalla.", decision.EndReason);
        Assert.Equal(Now.AddDays(140), decision.EndedAt);
        Assert.Equal(4200.00m, decision.AllowedTotal);
        Assert.Equal(840.00m, decision.RecoveryAmount);
        Assert.Equal(5040.00m, decision.Committed);
        Assert.Equal(0m, decision.Remaining);
        Assert.True(decision.IsLive);
    }

    [Fact]
    public void Ending_early_with_less_paid_than_allowed_recovers_nothing_and_releases_the_rest()
    {
        var decision = FromApril();
        Claim(decision, April1, new DateOnly(2026, 5, 31), wages: 4800m);

        decision.EndEarly(new DateOnly(2026, 6, 15), "Työntekijä irtisanoutui.", Now);

        // Paid 4 800 × 70 % = 3 360 ≤ 2 × 1 680. Allowed 4 200; recovery 0; committed 4 200 (10 080 − 4 200 = 5 880 released).
        Assert.Equal(3360m, decision.TotalPaid);
        Assert.Equal(4200m, decision.AllowedTotal);
        Assert.Equal(0m, decision.RecoveryAmount);
        Assert.Equal(4200m, decision.Committed);
        Assert.Equal(840m, decision.Remaining);
    }

    [Fact]
    public void After_an_early_end_the_partial_last_month_can_still_be_claimed_up_to_the_last_day()
    {
        var decision = FromApril();
        Claim(decision, April1, new DateOnly(2026, 5, 31), wages: 4800m);
        decision.EndEarly(new DateOnly(2026, 6, 15), "Työntekijä irtisanoutui.", Now);

        var claim = Claim(decision, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15), wages: 1300m);

        // 15 of 30 days = 0,5 months; limit 1 680 × 15/30 = 840; 1 300 × 70 % = 910 > 840 → 840.
        Assert.Equal(0.5m, claim.Months);
        Assert.Equal(840.00m, claim.PayableAmount);
        Assert.True(claim.PayableLimitedByMonthlyAmount);
        Assert.Equal(4200m, decision.TotalPaid);
        Assert.Equal(0m, decision.Remaining);
        Assert.Equal(KuntalisaDecisionStatus.EndedEarly, decision.Status);

        decision.Close(Now.AddDays(200));
        Assert.Equal(4200m, decision.Committed);
    }

    [Fact]
    public void After_an_early_end_no_claim_may_reach_past_the_last_day_of_employment()
    {
        var decision = FromApril();
        decision.EndEarly(new DateOnly(2026, 6, 15), "Työntekijä irtisanoutui.", Now);

        var refusal = AssertRefused(
            "Kuntalisa.Claim.OutsideSubsidyPeriod",
            () => Claim(decision, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), wages: 2400m));

        Assert.Equal([April1, new DateOnly(2026, 6, 15)], refusal.Arguments);
        AssertRefused("Kuntalisa.Claim.NotWholeMonths", () => Claim(decision, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), wages: 2400m));
    }

    [Fact]
    public void A_partial_month_of_31_days_counts_its_days_of_31()
    {
        var decision = FromApril();

        decision.EndEarly(new DateOnly(2026, 5, 10), "Työsuhde päättyi.", Now);

        // 1 680 + 1 680 × 10/31 = 1 680 + 541,935… = 2 221,94 €.
        Assert.Equal(2221.94m, decision.AllowedTotal);
        Assert.Equal(2221.94m, decision.Committed);
    }

    [Fact]
    public void Ending_on_the_first_day_allows_one_days_share()
    {
        var decision = FromApril();

        decision.EndEarly(April1, "Työsuhde purettiin.", Now);

        // 1 680 × 1/30 = 56,00 €.
        Assert.Equal(56.00m, decision.AllowedTotal);
    }

    [Fact]
    public void Ending_on_the_day_before_the_period_ends_is_still_early()
    {
        var decision = FromApril();

        decision.EndEarly(new DateOnly(2026, 9, 29), "Työsuhde päättyi.", Now);

        // 5 × 1 680 + 1 680 × 29/30 = 8 400 + 1 624 = 10 024 € < 10 080 €.
        Assert.Equal(10024.00m, decision.AllowedTotal);
    }

    [Fact]
    public void Ending_on_the_last_subsidised_day_or_before_the_start_is_not_an_early_end()
    {
        var decision = FromApril();

        var onLastDay = AssertRefused("Kuntalisa.Decision.NotAnEarlyEnd", () => decision.EndEarly(new DateOnly(2026, 9, 30), "x", Now));
        Assert.Equal([new DateOnly(2026, 9, 30), April1, new DateOnly(2026, 9, 30)], onLastDay.Arguments);
        AssertRefused("Kuntalisa.Decision.NotAnEarlyEnd", () => decision.EndEarly(new DateOnly(2026, 3, 31), "x", Now));
        AssertRefused("Kuntalisa.Decision.NotAnEarlyEnd", () => decision.EndEarly(new DateOnly(2026, 10, 15), "x", Now));

        Assert.Equal(KuntalisaDecisionStatus.Approved, decision.Status);
        Assert.Equal(10080m, decision.Committed);
        Assert.Null(decision.AllowedTotal);
    }

    [Fact]
    public void Ending_early_needs_a_reason()
    {
        var decision = FromApril();

        AssertRefused("Kuntalisa.Decision.EndReasonRequired", () => decision.EndEarly(new DateOnly(2026, 6, 15), " ", Now));

        Assert.Equal(KuntalisaDecisionStatus.Approved, decision.Status);
    }

    [Fact]
    public void The_allowed_total_never_passes_the_rules_total_cap()
    {
        // Sotkamo: 450 €/month × 12 capped at 3 600 €, from 1.3.2026.
        var decision = Approved(Details(percent: null, months: 12), KuntalisaRules.Sotkamo(SotkamoId), municipalityId: SotkamoId);

        decision.EndEarly(new DateOnly(2026, 12, 31), "Työsuhde päättyi.", Now);

        // 10 whole months × 450 = 4 500 > 3 600 → 3 600.
        Assert.Equal(3600m, decision.AllowedTotal);
        Assert.Equal(3600m, decision.Committed);
    }

    [Fact]
    public void A_bonus_is_forfeited_when_the_employment_ends_early()
    {
        // Tampere: 600 × 6 = 3 600 + 1 800 bonus = 5 400, from 1.3.2026.
        var decision = Approved(Details(percent: null, months: 6), KuntalisaRules.Tampere(TampereId), municipalityId: TampereId);

        decision.EndEarly(new DateOnly(2026, 5, 31), "Työsuhde päättyi.", Now);

        // Three whole months: 3 × 600 = 1 800; no bonus.
        Assert.Equal(1800m, decision.AllowedTotal);
        Assert.Equal(1800m, decision.Committed);
        Assert.Equal(1800m, decision.Remaining);
    }

    [Fact]
    public void An_ended_decision_cannot_be_ended_again_or_cancelled()
    {
        var decision = FromApril();
        decision.EndEarly(new DateOnly(2026, 6, 15), "Työsuhde päättyi.", Now);

        AssertRefused("Kuntalisa.Decision.IllegalTransition", () => decision.EndEarly(new DateOnly(2026, 5, 15), "x", Now));
        AssertRefused("Kuntalisa.Decision.IllegalTransition", () => decision.Cancel(Now, "x"));
    }
}
