using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kpi;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kpi;

public sealed class KpiPeriodTests
{
    [Theory]
    [InlineData("2026", KpiPeriodKind.Year, "2026-01-01", "2026-12-31")]
    [InlineData("2026-Q1", KpiPeriodKind.Quarter, "2026-01-01", "2026-03-31")]
    [InlineData("2024-q4", KpiPeriodKind.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("2024-02", KpiPeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData(" 2026-12 ", KpiPeriodKind.Month, "2026-12-01", "2026-12-31")]
    public void Codes_read_as_years_quarters_and_months_with_their_first_and_last_days(string code, KpiPeriodKind kind, string start, string end)
    {
        Assert.True(KpiPeriod.TryParse(code, out var period));

        Assert.Equal(kind, period.Kind);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(code.Trim().ToUpperInvariant(), period.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("26")]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("2026/03")]
    [InlineData("abcd")]
    public void Anything_else_is_not_a_period(string? code) => Assert.False(KpiPeriod.TryParse(code, out _));

    [Fact]
    public void Periods_outside_the_supported_years_or_numbers_are_refused()
    {
        Assert.Equal("Kpi.Period.InvalidYear", Assert.Throws<DomainException>(() => KpiPeriod.OfYear(1999)).MessageKey);
        Assert.Equal("Kpi.Period.Invalid", Assert.Throws<DomainException>(() => KpiPeriod.Month(2026, 13)).MessageKey);
        Assert.Equal("Kpi.Period.Invalid", Assert.Throws<DomainException>(() => KpiPeriod.Quarter(2026, 0)).MessageKey);
    }

    [Fact]
    public void The_period_containing_a_day_and_the_one_before_it()
    {
        var day = new DateOnly(2026, 5, 31);
        Assert.Equal(KpiPeriod.Month(2026, 5), KpiPeriod.Containing(KpiPeriodKind.Month, day));
        Assert.Equal(KpiPeriod.Quarter(2026, 2), KpiPeriod.Containing(KpiPeriodKind.Quarter, day));
        Assert.Equal(KpiPeriod.OfYear(2026), KpiPeriod.Containing(KpiPeriodKind.Year, day));
        Assert.Equal(KpiPeriod.Month(2025, 12), KpiPeriod.Month(2026, 1).Previous());
        Assert.Equal(KpiPeriod.Quarter(2025, 4), KpiPeriod.Quarter(2026, 1).Previous());
        Assert.Equal(KpiPeriod.OfYear(2025), KpiPeriod.OfYear(2026).Previous());
    }

    [Fact]
    public void A_trend_is_twelve_months_eight_quarters_or_five_years_ending_with_the_period()
    {
        Assert.Equal(["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"],
            KpiPeriod.Month(2026, 3).Trend().Select(p => p.Code));
        Assert.Equal(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"],
            KpiPeriod.Quarter(2026, 2).Trend().Select(p => p.Code));
        Assert.Equal(["2022", "2023", "2024", "2025", "2026"], KpiPeriod.OfYear(2026).Trend().Select(p => p.Code));
        Assert.Equal(["2000", "2001"], KpiPeriod.OfYear(2001).Trend().Select(p => p.Code));
    }

    [Fact]
    public void Stocks_are_read_on_the_last_day_or_today_while_the_period_runs()
    {
        var today = new DateOnly(2026, 6, 15);
        Assert.Equal(new DateOnly(2026, 3, 31), KpiPeriod.Quarter(2026, 1).AsOf(today));
        Assert.Equal(today, KpiPeriod.Quarter(2026, 2).AsOf(today));
        Assert.Equal(today, KpiPeriod.Month(2026, 6).AsOf(today));
        Assert.Null(KpiPeriod.Quarter(2026, 3).AsOf(today));
    }

    [Fact]
    public void An_average_samples_each_months_last_day_and_today_for_the_running_month()
    {
        var today = new DateOnly(2026, 3, 10);
        Assert.Equal([new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), today], KpiPeriod.OfYear(2026).SampleDays(today));
        Assert.Equal([new DateOnly(2025, 10, 31), new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 31)], KpiPeriod.Quarter(2025, 4).SampleDays(today));
        Assert.Empty(KpiPeriod.Quarter(2026, 2).SampleDays(today));
    }
}
