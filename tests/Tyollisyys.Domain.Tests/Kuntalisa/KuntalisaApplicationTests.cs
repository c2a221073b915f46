using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaApplicationTests
{
    [Theory]
    [InlineData(2026, 3, 1, 2026, 8, 31, 6)]
    [InlineData(2026, 3, 1, 2026, 8, 30, 5)]
    [InlineData(2026, 3, 15, 2026, 4, 14, 1)]
    [InlineData(2026, 3, 1, 2026, 3, 30, 0)]
    [InlineData(2026, 3, 1, 2027, 2, 28, 12)]
    [InlineData(2026, 1, 31, 2026, 2, 27, 1)]
    public void Whole_months_run_from_the_start_day_to_the_day_before_the_same_day_a_month_on(
        int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, int months)
    {
        var employment = new KuntalisaEmployment(new DateOnly(fromYear, fromMonth, fromDay), new DateOnly(toYear, toMonth, toDay), 37.5m, 2400m);

        Assert.Equal(months, employment.FullMonths);
    }

    [Fact]
    public void An_open_ended_employment_has_no_month_count_and_lasts_any_length()
    {
        var employment = new KuntalisaEmployment(Start, null, 37.5m, 2400m);

        Assert.True(employment.IsOpenEnded);
        Assert.Null(employment.FullMonths);
        Assert.True(employment.LastsAtLeast(36));
    }

    [Fact]
    public void An_employment_ending_before_it_starts_is_refused() =>
        AssertRefused("Kuntalisa.Application.EmploymentEndsBeforeStart", () => new KuntalisaEmployment(Start, Start.AddDays(-1), 37.5m, 2400m));

    [Theory]
    [InlineData(0)]
    [InlineData(80.5)]
    public void Weekly_hours_of_zero_or_over_80_are_refused(double hours) =>
        AssertRefused("Kuntalisa.Application.InvalidWeeklyHours", () => new KuntalisaEmployment(Start, null, (decimal)hours, 2400m));

    [Fact]
    public void A_pay_of_zero_or_negative_costs_are_refused()
    {
        AssertRefused("Kuntalisa.Application.InvalidPay", () => new KuntalisaEmployment(Start, null, 37.5m, 0m));
        AssertRefused("Kuntalisa.Application.InvalidPay", () => new KuntalisaEmployment(Start, null, 37.5m, 2400m, -1m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.01)]
    public void A_requested_percentage_outside_0_to_100_is_refused(double percent) =>
        AssertRefused("Kuntalisa.Application.InvalidPercentage", () => Application(KajaaniId, percent: (decimal)percent));

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public void Requested_months_outside_1_to_36_are_refused(int months) =>
        AssertRefused("Kuntalisa.Application.InvalidMonths", () => Application(KajaaniId, months: months));

    [Fact]
    public void Negative_days_or_an_impossible_age_are_refused()
    {
        AssertRefused("Kuntalisa.Application.InvalidDays", () => new KuntalisaApplicant(40, -1, KuntalisaTargetGroups.None, KajaaniId, false));
        AssertRefused("Kuntalisa.Application.InvalidDays", () => new KuntalisaApplicant(40, 10, KuntalisaTargetGroups.None, KajaaniId, false, -1));
        AssertRefused("Kuntalisa.Application.InvalidAge", () => new KuntalisaApplicant(-1, 10, KuntalisaTargetGroups.None, KajaaniId, false));
    }

    [Theory]
    [InlineData(29, KuntalisaTargetGroups.Young)]
    [InlineData(30, KuntalisaTargetGroups.None)]
    public void Young_means_under_30(int age, KuntalisaTargetGroups expected) =>
        Assert.Equal(expected, KuntalisaApplicant.TargetGroupsFrom(age, false, false, false, false));

    [Fact]
    public void Target_groups_combine_the_job_seekers_facts()
    {
        Assert.Equal(
            KuntalisaTargetGroups.LongTermUnemployed | KuntalisaTargetGroups.Immigrant | KuntalisaTargetGroups.PartialWorkAbility | KuntalisaTargetGroups.DisabledOrLongTermIll,
            KuntalisaApplicant.TargetGroupsFrom(45, true, true, true, true));
        Assert.Equal(KuntalisaTargetGroups.LongTermUnemployed, KuntalisaApplicant.TargetGroupsFrom(45, true, false, false, false));
    }

    private static void AssertRefused(string messageKey, Func<object> action) =>
        Assert.Equal(messageKey, Assert.Throws<DomainException>(action).MessageKey);
}
