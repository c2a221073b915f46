using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Xunit;
using static Tyollisyys.Domain.Tests.Plans.PlanFixtures;

namespace Tyollisyys.Domain.Tests.Plans;

public sealed class ObligationPeriodTests
{
    [Fact]
    public void Three_consecutive_one_month_periods_follow_from_the_first_start()
    {
        var plan = Agree(Content() with { FirstObligationPeriodStart = new DateOnly(2026, 3, 10) });

        Assert.Equal(
            [
                new ObligationPeriod(1, new(2026, 3, 10), new(2026, 4, 9), 4, null),
                new ObligationPeriod(2, new(2026, 4, 10), new(2026, 5, 9), 4, null),
                new ObligationPeriod(3, new(2026, 5, 10), new(2026, 6, 9), 4, null),
            ],
            plan.ObligationPeriods);
    }

    [Fact]
    public void Periods_starting_at_a_months_end_stay_consecutive_without_gaps()
    {
        var periods = ObligationPeriod.Consecutive(new DateOnly(2026, 1, 31), [(4, null), (4, null), (4, null)]);

        Assert.Equal(new DateOnly(2026, 2, 27), periods[0].EndDate);
        Assert.Equal(periods[0].EndDate.AddDays(1), periods[1].StartDate);
        Assert.Equal(periods[1].EndDate.AddDays(1), periods[2].StartDate);
        Assert.All(periods, p => Assert.Equal(p.StartDate.AddMonths(1).AddDays(-1), p.EndDate));
    }

    [Fact]
    public void An_obligation_below_4_without_a_reason_is_refused_naming_the_period()
    {
        var content = Content() with { Obligation = [(4, null), (2, "  "), (4, null)] };

        var refusal = Assert.Throws<DomainException>(() => Agree(content));

        Assert.Equal("Plans.ReducedObligationNeedsReason", refusal.MessageKey);
        Assert.Equal([2], refusal.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void An_obligation_below_4_with_a_written_reason_is_kept_with_the_reason(int jobs)
    {
        var plan = Agree(Content() with { Obligation = [(jobs, " Osa-aikatyö "), (4, "ignored"), (4, null)] });

        Assert.Equal(jobs, plan.ObligationPeriods[0].JobsRequired);
        Assert.Equal("Osa-aikatyö", plan.ObligationPeriods[0].ReducedReason);
        Assert.True(plan.ObligationPeriods[0].IsReduced);
        Assert.Null(plan.ObligationPeriods[1].ReducedReason);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Jobs_outside_0_to_4_are_refused(int jobs)
    {
        var refusal = Assert.Throws<DomainException>(() => Agree(Content() with { Obligation = [(4, null), (4, null), (jobs, "syy")] }));

        Assert.Equal("Plans.ObligationJobsOutOfRange", refusal.MessageKey);
        Assert.Equal([3], refusal.Arguments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_plan_has_exactly_three_periods(int count)
    {
        var obligation = Enumerable.Repeat((4, (string?)null), count).ToList();

        var refusal = Assert.Throws<DomainException>(() => Agree(Content() with { Obligation = obligation }));

        Assert.Equal("Plans.ObligationPeriodCount", refusal.MessageKey);
    }
}
