using Tyollisyys.Domain.Calendar;
using Xunit;

namespace Tyollisyys.Domain.Tests.Calendar;

public sealed class WorkingDaysTests
{
    [Fact]
    public void Zero_working_days_is_the_start_itself() =>
        Assert.Equal(new DateOnly(2026, 11, 21), WorkingDays.Add(new DateOnly(2026, 11, 21), 0));

    [Fact]
    public void The_start_day_is_not_counted() =>
        Assert.Equal(new DateOnly(2026, 11, 24), WorkingDays.Add(new DateOnly(2026, 11, 23), 1));

    [Fact]
    public void A_weekend_is_skipped()
    {
        // Friday 20.11.2026 + 1 → Monday 23.11.2026; + 5 → Friday 27.11.2026.
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDays.Add(new DateOnly(2026, 11, 20), 1));
        Assert.Equal(new DateOnly(2026, 11, 27), WorkingDays.Add(new DateOnly(2026, 11, 20), 5));
    }

    [Fact]
    public void Starting_on_a_Saturday_counts_from_Monday() =>
        Assert.Equal(new DateOnly(2026, 11, 23), WorkingDays.Add(new DateOnly(2026, 11, 21), 1));

    [Fact]
    public void Christmas_is_skipped()
    {
        // Tue 23.12.2025 → Wed 24 (Christmas Eve), Thu 25, Fri 26 are off, then the weekend.
        Assert.Equal(new DateOnly(2025, 12, 29), WorkingDays.Add(new DateOnly(2025, 12, 23), 1));
        // 29.12 (1), 30.12 (2), 31.12 (3), 1.1 off, 2.1 (4), weekend, 5.1 (5), 6.1 off, 7.1 (6).
        Assert.Equal(new DateOnly(2026, 1, 7), WorkingDays.Add(new DateOnly(2025, 12, 23), 6));
    }

    [Fact]
    public void Easter_is_skipped()
    {
        // Thursday 2.4.2026 → Good Friday 3.4, the weekend and Easter Monday 6.4 are off.
        Assert.Equal(new DateOnly(2026, 4, 7), WorkingDays.Add(new DateOnly(2026, 4, 2), 1));
        Assert.Equal(new DateOnly(2026, 4, 8), WorkingDays.Add(new DateOnly(2026, 4, 2), 2));
    }

    [Fact]
    public void Ten_working_days_over_Midsummer()
    {
        // Mon 15.6.2026: 16,17,18 (3), Midsummer Eve 19.6 off, weekend, 22–26 (8), weekend, 29,30 (10).
        Assert.Equal(new DateOnly(2026, 6, 30), WorkingDays.Add(new DateOnly(2026, 6, 15), 10));
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(new DateOnly(2026, 1, 1), -1));
}
