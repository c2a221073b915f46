using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaDecisionFixtures;
using Status = Tyollisyys.Domain.Kuntalisa.KuntalisaDecisionStatus;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaBudgetTests
{
    private static readonly ClaimedPeriod[] NoClaims = [];

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// Year 2026, forecast from June, appropriation 40 000 €:
    /// A approved, 1 680 × 6 from 1.4.2026, nothing claimed: committed 10 080;
    /// B in payment, 450 × 12 from 1.1.2026 capped at 3 600, January–March claimed (1 350 paid);
    /// C ended early 15.6.2026, 1 680/month from 1.4.2026, April–May claimed (3 360 paid), allowed 4 200;
    /// D closed, 2 000 committed and paid; E cancelled, F rejected, G a draft (nothing);
    /// H approved, 1 000 × 12 from 1.10.2026: committed 12 000.
    /// </summary>
    private static readonly KuntalisaDecisionSnapshot[] Decisions =
    [
        new(Status.Approved, 10_080m, 0m, 1_680m, D(2026, 4, 1), 6, null, NoClaims),
        new(Status.InPayment, 3_600m, 1_350m, 450m, D(2026, 1, 1), 12, null, [new ClaimedPeriod(D(2026, 1, 1), D(2026, 3, 31))]),
        new(Status.EndedEarly, 4_200m, 3_360m, 1_680m, D(2026, 4, 1), 6, D(2026, 6, 15), [new ClaimedPeriod(D(2026, 4, 1), D(2026, 5, 31))]),
        new(Status.Closed, 2_000m, 2_000m, 500m, D(2025, 9, 1), 4, null, [new ClaimedPeriod(D(2025, 9, 1), D(2025, 12, 31))]),
        new(Status.Cancelled, 0m, 0m, 800m, D(2026, 5, 1), 6, null, NoClaims),
        new(Status.Rejected, 0m, 0m, null, null, null, null, NoClaims),
        new(Status.Draft, 0m, 0m, null, null, null, null, NoClaims),
        new(Status.Approved, 12_000m, 0m, 1_000m, D(2026, 10, 1), 12, null, NoClaims),
    ];

    [Fact]
    public void Committed_paid_and_free_add_up_over_the_committing_decisions()
    {
        var budget = KuntalisaBudget.Compute(40_000m, 2026, 6, Decisions);

        // Committed: 10 080 + 3 600 + 4 200 + 2 000 + 12 000 = 31 880. Paid: 1 350 + 3 360 + 2 000 = 6 710.
        // Free: 40 000 − 31 880 = 8 120.
        Assert.Equal(40_000m, budget.Appropriation);
        Assert.Equal(31_880m, budget.Committed);
        Assert.Equal(6_710m, budget.Paid);
        Assert.Equal(8_120m, budget.Free);
    }

    [Fact]
    public void The_forecast_places_each_unclaimed_subsidy_month_in_the_month_it_ends()
    {
        var budget = KuntalisaBudget.Compute(40_000m, 2026, 6, Decisions);

        // A: April, May overdue (2 × 1 680 = 3 360); June–September 1 680 each.
        // B: 3 600 − 1 350 = 2 250 left: April, May overdue (900); June, July, August 450 each; then nothing left.
        // C: 1.–15.6. = 1 680 × 15/30 = 840 in June (all that is left of 4 200 − 3 360).
        // H: October–December 1 000 each; January–September 2027 (9 000) falls outside the year.
        Assert.Equal(
            [
                new KuntalisaBudgetMonth(2026, 6, 2_970m),  // 1 680 + 450 + 840
                new KuntalisaBudgetMonth(2026, 7, 2_130m),  // 1 680 + 450
                new KuntalisaBudgetMonth(2026, 8, 2_130m),  // 1 680 + 450
                new KuntalisaBudgetMonth(2026, 9, 1_680m),
                new KuntalisaBudgetMonth(2026, 10, 1_000m),
                new KuntalisaBudgetMonth(2026, 11, 1_000m),
                new KuntalisaBudgetMonth(2026, 12, 1_000m),
            ],
            budget.Forecast);
        Assert.Equal(11_910m, budget.ForecastTotal);
        Assert.Equal(4_260m, budget.Overdue);

        // Unpaid commitments of live decisions: 10 080 + 2 250 + 840 + 12 000 = 25 170; − 4 260 − 11 910 = 9 000.
        Assert.Equal(9_000m, budget.RemainingUnscheduled);
    }

    [Fact]
    public void A_forecast_from_January_lists_every_month_of_the_year()
    {
        var budget = KuntalisaBudget.Compute(40_000m, 2026, 1, Decisions);

        Assert.Equal(Enumerable.Range(1, 12), budget.Forecast.Select(m => m.Month));

        // Nothing is overdue from January on: B's April and May and A's April and May are expected in their months.
        Assert.Equal(0m, budget.Overdue);
        Assert.Equal(1_680m + 450m, budget.Forecast[3].Expected);
        Assert.Equal(9_000m, budget.RemainingUnscheduled);
    }

    [Fact]
    public void A_bonus_is_not_forecast_but_stays_unscheduled()
    {
        // Tampere-like: 600 × 6 from 1.7.2026 + 1 800 bonus = 5 400 committed.
        KuntalisaDecisionSnapshot[] decisions = [new(Status.Approved, 5_400m, 0m, 600m, D(2026, 7, 1), 6, null, NoClaims, 1_800m)];

        var budget = KuntalisaBudget.Compute(10_000m, 2026, 1, decisions);

        // July–December 600 each = 3 600; the 1 800 bonus is not in any month.
        Assert.Equal(3_600m, budget.ForecastTotal);
        Assert.Equal(600m, budget.Forecast[11].Expected);
        Assert.Equal(0m, budget.Forecast[5].Expected);
        Assert.Equal(1_800m, budget.RemainingUnscheduled);
    }

    [Fact]
    public void Free_goes_negative_when_the_appropriation_was_lowered_below_the_commitments()
    {
        var budget = KuntalisaBudget.Compute(30_000m, 2026, 6, Decisions);

        // 30 000 − 31 880 = −1 880.
        Assert.Equal(-1_880m, budget.Free);
    }

    [Fact]
    public void Snapshots_of_real_decisions_add_up_the_same_way()
    {
        var approved = Approved();
        var inPayment = InPayment();
        var cancelled = Approved();
        cancelled.Cancel(Now, "Peruttu.");

        var budget = KuntalisaBudget.Compute(50_000m, 2026, 4, new[] { approved, inPayment, cancelled }.Select(KuntalisaDecisionSnapshot.Of));

        // Each: 1 680 × 6 = 10 080 from 1.3.2026. Committed: 2 × 10 080 = 20 160. Paid: March of one, 1 680.
        // Forecast from April: approved's March overdue (1 680); April–August 2 × 1 680 = 3 360 each.
        Assert.Equal(20_160m, budget.Committed);
        Assert.Equal(1_680m, budget.Paid);
        Assert.Equal(29_840m, budget.Free);
        Assert.Equal(1_680m, budget.Overdue);
        Assert.Equal(3_360m, budget.Forecast[0].Expected);
        Assert.Equal(3_360m, budget.Forecast[4].Expected);
        Assert.Equal(0m, budget.Forecast[5].Expected);
        Assert.Equal(0m, budget.RemainingUnscheduled);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_forecast_month_outside_1_to_12_is_a_programming_error(int fromMonth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KuntalisaBudget.Compute(1m, 2026, fromMonth, Decisions));
}
