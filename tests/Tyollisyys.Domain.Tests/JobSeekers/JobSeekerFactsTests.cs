using Tyollisyys.Domain.JobSeekers;
using Xunit;

namespace Tyollisyys.Domain.Tests.JobSeekers;

public sealed class JobSeekerFactsTests
{
    private static readonly DateOnly Born1990 = new(1990, 6, 15);
    private static readonly DateOnly Born2003 = new(2003, 6, 15);

    [Theory]
    [InlineData(2026, 6, 14, 35)]
    [InlineData(2026, 6, 15, 36)]
    [InlineData(2026, 12, 31, 36)]
    public void Age_turns_on_the_birthday(int year, int month, int day, int age) =>
        Assert.Equal(age, JobSeekerFacts.AgeOn(Born1990, new DateOnly(year, month, day)));

    [Fact]
    public void Someone_born_on_a_leap_day_turns_a_year_older_on_28_February_in_other_years() =>
        Assert.Equal(22, JobSeekerFacts.AgeOn(new DateOnly(2004, 2, 29), new DateOnly(2026, 2, 28)));

    [Fact]
    public void Not_unemployed_means_no_unemployment_badges()
    {
        var facts = JobSeekerFacts.For(Born1990, unemployedSince: null, new DateOnly(2026, 11, 23));

        Assert.Null(facts.UnemploymentDays);
        Assert.False(facts.IsLongTermUnemployed);
        Assert.False(facts.IsTypScreeningDue);
        Assert.False(facts.IsMunicipalFinancingShareRunning);
    }

    [Fact]
    public void Long_term_unemployment_begins_after_twelve_months_continuous()
    {
        var since = new DateOnly(2025, 11, 24);

        Assert.False(JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 11, 23)).IsLongTermUnemployed);
        var facts = JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 11, 24));
        Assert.True(facts.IsLongTermUnemployed);
        Assert.Equal(new DateOnly(2026, 11, 24), facts.LongTermUnemploymentFrom);
    }

    [Fact]
    public void TYP_screening_is_due_after_twelve_months_at_25_or_older()
    {
        var since = new DateOnly(2025, 11, 1);

        Assert.False(JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 10, 31)).IsTypScreeningDue);
        Assert.True(JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 11, 1)).IsTypScreeningDue);
    }

    [Fact]
    public void TYP_screening_is_due_after_six_months_under_25()
    {
        var since = new DateOnly(2026, 3, 1);

        var before = JobSeekerFacts.For(Born2003, since, new DateOnly(2026, 8, 31));
        var after = JobSeekerFacts.For(Born2003, since, new DateOnly(2026, 9, 1));

        Assert.True(before.IsUnder25);
        Assert.False(before.IsTypScreeningDue);
        Assert.True(after.IsTypScreeningDue);
        Assert.Equal(new DateOnly(2026, 9, 1), after.TypScreeningFrom);
    }

    [Fact]
    public void The_municipal_financing_share_runs_from_the_100th_day()
    {
        var since = new DateOnly(2026, 1, 1);

        var day99 = JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 4, 9));
        var day100 = JobSeekerFacts.For(Born1990, since, new DateOnly(2026, 4, 10));

        Assert.Equal(99, day99.UnemploymentDays);
        Assert.False(day99.IsMunicipalFinancingShareRunning);
        Assert.Equal(100, day100.UnemploymentDays);
        Assert.True(day100.IsMunicipalFinancingShareRunning);
    }

    [Fact]
    public void A_run_that_starts_in_the_future_counts_as_not_unemployed_yet()
    {
        var facts = JobSeekerFacts.For(Born1990, new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 23));

        Assert.Null(facts.UnemploymentDays);
    }
}
