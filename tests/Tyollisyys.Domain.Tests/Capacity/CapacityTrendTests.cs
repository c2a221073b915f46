using Tyollisyys.Domain.Capacity;
using Xunit;

namespace Tyollisyys.Domain.Tests.Capacity;

public sealed class CapacityTrendTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static FunctionalCapacityAssessment On(DateOnly date, params (int Domain, int Rating)[] ratings) => On(date, Now, ratings);

    private static FunctionalCapacityAssessment On(DateOnly date, DateTimeOffset recordedAt, params (int Domain, int Rating)[] ratings) =>
        FunctionalCapacityAssessment.Record(1, date, null, ratings.Select(r => new CapacityRating(r.Domain, r.Rating, null)), Guid.NewGuid(), recordedAt, Today);

    [Fact]
    public void No_assessments_give_no_trends()
    {
        Assert.Empty(CapacityTrend.Of([]));
    }

    [Fact]
    public void One_assessment_gives_each_domain_one_point_and_no_change()
    {
        var trend = Assert.Single(CapacityTrend.Of([On(new DateOnly(2026, 1, 5), (1, 3))]));

        Assert.Equal(1, trend.DomainId);
        Assert.Equal(3, trend.Latest.Rating);
        Assert.Null(trend.Overall);
        Assert.Null(trend.Recent);
    }

    [Fact]
    public void The_series_is_in_date_order_whatever_order_the_assessments_come_in()
    {
        var start = On(new DateOnly(2025, 9, 1), (1, 2));
        var middle = On(new DateOnly(2025, 12, 1), (1, 3));
        var end = On(new DateOnly(2026, 3, 1), (1, 4));

        var trend = Assert.Single(CapacityTrend.Of([end, start, middle]));

        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 1), new DateOnly(2026, 3, 1)], trend.Points.Select(p => p.AssessedOn));
        Assert.Equal([2, 3, 4], trend.Points.Select(p => p.Rating));
    }

    [Fact]
    public void The_overall_change_compares_the_first_with_the_latest_and_the_recent_one_the_latest_with_the_previous()
    {
        var trend = Assert.Single(CapacityTrend.Of([
            On(new DateOnly(2025, 9, 1), (1, 2)),
            On(new DateOnly(2025, 12, 1), (1, 5)),
            On(new DateOnly(2026, 3, 1), (1, 4)),
        ]));

        Assert.Equal(new CapacityChange(2, 4), trend.Overall);
        Assert.Equal(2, trend.Overall!.Difference);
        Assert.Equal(CapacityDirection.Improved, trend.Overall.Direction);
        Assert.Equal(new CapacityChange(5, 4), trend.Recent);
        Assert.Equal(-1, trend.Recent!.Difference);
        Assert.Equal(CapacityDirection.Worse, trend.Recent.Direction);
    }

    [Theory]
    [InlineData(3, 3, 0, CapacityDirection.Same)]
    [InlineData(1, 5, 4, CapacityDirection.Improved)]
    [InlineData(5, 1, -4, CapacityDirection.Worse)]
    public void A_change_says_which_way_and_by_how_much(int from, int to, int difference, CapacityDirection direction)
    {
        var change = new CapacityChange(from, to);

        Assert.Equal((difference, direction), (change.Difference, change.Direction));
    }

    [Fact]
    public void Each_domain_has_its_own_series_and_a_domain_not_assessed_every_time_skips_those_dates()
    {
        var trends = CapacityTrend.Of([
            On(new DateOnly(2025, 9, 1), (1, 2), (2, 4)),
            On(new DateOnly(2025, 12, 1), (1, 3)),
            On(new DateOnly(2026, 3, 1), (1, 3), (2, 2), (3, 5)),
        ]);

        Assert.Equal([1, 2, 3], trends.Select(t => t.DomainId));
        Assert.Equal(CapacityDirection.Improved, trends[0].Overall!.Direction);
        Assert.Equal(CapacityDirection.Same, trends[0].Recent!.Direction);
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2026, 3, 1)], trends[1].Points.Select(p => p.AssessedOn));
        Assert.Equal(new CapacityChange(4, 2), trends[1].Overall);
        Assert.Null(trends[2].Overall);
    }

    [Fact]
    public void Of_two_assessments_on_the_same_date_the_one_recorded_later_is_the_latest()
    {
        var trend = Assert.Single(CapacityTrend.Of([
            On(new DateOnly(2026, 3, 1), Now.AddHours(1), (1, 4)),
            On(new DateOnly(2026, 3, 1), Now, (1, 2)),
        ]));

        Assert.Equal(new CapacityChange(2, 4), trend.Overall);
    }
}
