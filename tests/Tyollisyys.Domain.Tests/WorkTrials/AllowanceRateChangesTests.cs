using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class AllowanceRateChangesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly IReadOnlyList<AllowanceRate> Existing = [new(DateOnly.MinValue, 9m, 18m), new(new DateOnly(2026, 9, 1), 10m, 20m)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9.5, 19)]
    [InlineData(12.25, 12.25)]
    [InlineData(100, 100)]
    public void A_rate_from_tomorrow_on_with_amounts_in_cents_up_to_the_cap_is_accepted(decimal normal, decimal outside) =>
        AllowanceRateChanges.CheckNew(new AllowanceRate(Today.AddDays(1), normal, outside), Existing, Today);

    [Fact]
    public void A_rate_taking_effect_today_or_earlier_is_refused_with_today_named()
    {
        foreach (var day in new[] { Today, Today.AddDays(-1), DateOnly.MinValue.AddDays(1) })
        {
            var refusal = AssertRefused("WorkTrials.Allowance.RateNotInFuture", () => AllowanceRateChanges.CheckNew(new AllowanceRate(day, 10m, 20m), Existing, Today));
            Assert.Equal([Today], refusal.Arguments);
        }
    }

    [Theory]
    [InlineData(-0.01, 18)]
    [InlineData(9, 100.01)]
    [InlineData(9.001, 18)]
    [InlineData(9, 18.005)]
    public void Amounts_below_zero_above_the_cap_or_in_fractions_of_a_cent_are_refused(decimal normal, decimal outside)
    {
        var refusal = AssertRefused("WorkTrials.Allowance.RateOutOfRange", () => AllowanceRateChanges.CheckNew(new AllowanceRate(Today.AddDays(10), normal, outside), Existing, Today));

        Assert.Equal([0m, AllowanceRateChanges.MaxDailyRate], refusal.Arguments);
    }

    [Fact]
    public void The_rate_outside_the_commuting_area_may_not_be_below_the_normal_rate()
    {
        var refusal = AssertRefused("WorkTrials.Allowance.OutsideBelowNormal", () => AllowanceRateChanges.CheckNew(new AllowanceRate(Today.AddDays(10), 12m, 11.99m), Existing, Today));

        Assert.Equal([11.99m, 12m], refusal.Arguments);
    }

    [Fact]
    public void A_second_rate_on_the_same_day_is_refused()
    {
        var day = new DateOnly(2026, 9, 1);

        var refusal = AssertRefused("WorkTrials.Allowance.RateDateTaken", () => AllowanceRateChanges.CheckNew(new AllowanceRate(day, 11m, 22m), Existing, Today));

        Assert.Equal([day], refusal.Arguments);
    }

    [Fact]
    public void Only_a_rate_that_has_not_taken_effect_may_be_withdrawn()
    {
        AllowanceRateChanges.CheckWithdrawal(new AllowanceRate(Today.AddDays(1), 10m, 20m), Today);

        AssertRefused("WorkTrials.Allowance.RateAlreadyInForce", () => AllowanceRateChanges.CheckWithdrawal(new AllowanceRate(Today, 10m, 20m), Today));
        var refusal = AssertRefused("WorkTrials.Allowance.RateAlreadyInForce", () => AllowanceRateChanges.CheckWithdrawal(Existing[0], Today));
        Assert.Equal([DateOnly.MinValue], refusal.Arguments);
    }
}
