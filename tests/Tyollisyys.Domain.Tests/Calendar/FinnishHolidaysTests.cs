using Tyollisyys.Domain.Calendar;
using Xunit;

namespace Tyollisyys.Domain.Tests.Calendar;

// Expected dates are from the official Finnish calendar (almanakka), not computed by the code under test.
public sealed class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    public void Easter_Sunday_follows_the_Gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.EasterSunday));

    [Theory]
    [InlineData(2024, 4, 1)]
    [InlineData(2025, 4, 21)]
    [InlineData(2026, 4, 6)]
    [InlineData(2027, 3, 29)]
    [InlineData(2028, 4, 17)]
    [InlineData(2029, 4, 2)]
    [InlineData(2030, 4, 22)]
    public void Easter_Monday_matches_the_official_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.EasterMonday));

    [Theory]
    [InlineData(2024, 3, 29)]
    [InlineData(2025, 4, 18)]
    [InlineData(2026, 4, 3)]
    [InlineData(2027, 3, 26)]
    [InlineData(2030, 4, 19)]
    public void Good_Friday_matches_the_official_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.GoodFriday));

    [Theory]
    [InlineData(2024, 5, 9)]
    [InlineData(2025, 5, 29)]
    [InlineData(2026, 5, 14)]
    [InlineData(2027, 5, 6)]
    [InlineData(2030, 5, 30)]
    public void Ascension_Day_matches_the_official_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.AscensionDay));

    [Theory]
    [InlineData(2024, 5, 19)]
    [InlineData(2025, 6, 8)]
    [InlineData(2026, 5, 24)]
    public void Whitsun_matches_the_official_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.Whitsun));

    [Theory]
    [InlineData(2024, 21, 22)]
    [InlineData(2025, 20, 21)]
    [InlineData(2026, 19, 20)]
    [InlineData(2027, 25, 26)]
    [InlineData(2028, 23, 24)]
    [InlineData(2029, 22, 23)]
    [InlineData(2030, 21, 22)]
    public void Midsummer_Eve_and_Day_match_the_official_calendar(int year, int eve, int day)
    {
        Assert.Equal(new DateOnly(year, 6, eve), Date(year, Holiday.MidsummerEve));
        Assert.Equal(new DateOnly(year, 6, day), Date(year, Holiday.MidsummerDay));
    }

    [Theory]
    [InlineData(2024, 11, 2)]
    [InlineData(2025, 11, 1)]
    [InlineData(2026, 10, 31)]
    [InlineData(2027, 11, 6)]
    [InlineData(2028, 11, 4)]
    [InlineData(2029, 11, 3)]
    [InlineData(2030, 11, 2)]
    public void All_Saints_Day_matches_the_official_calendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Date(year, Holiday.AllSaintsDay));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void Fixed_date_holidays_fall_on_their_dates(int year)
    {
        Assert.Equal(new DateOnly(year, 1, 1), Date(year, Holiday.NewYearsDay));
        Assert.Equal(new DateOnly(year, 1, 6), Date(year, Holiday.Epiphany));
        Assert.Equal(new DateOnly(year, 5, 1), Date(year, Holiday.MayDay));
        Assert.Equal(new DateOnly(year, 12, 6), Date(year, Holiday.IndependenceDay));
        Assert.Equal(new DateOnly(year, 12, 24), Date(year, Holiday.ChristmasEve));
        Assert.Equal(new DateOnly(year, 12, 25), Date(year, Holiday.ChristmasDay));
        Assert.Equal(new DateOnly(year, 12, 26), Date(year, Holiday.BoxingDay));
    }

    [Fact]
    public void A_year_has_fifteen_distinct_non_working_holidays()
    {
        var holidays = FinnishHolidays.For(2026);

        Assert.Equal(15, holidays.Count);
        Assert.Equal(15, holidays.Select(h => h.Name).Distinct().Count());
        Assert.Equal(15, holidays.Select(h => h.Date).Distinct().Count());
    }

    [Theory]
    [InlineData(2026, 12, 24, true)]
    [InlineData(2026, 12, 6, true)]
    [InlineData(2026, 6, 19, true)]
    [InlineData(2026, 12, 23, false)]
    [InlineData(2025, 12, 31, false)]
    public void IsHoliday_knows_the_holidays(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, FinnishHolidays.IsHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 11, 23, true)]    // Monday
    [InlineData(2025, 12, 31, true)]    // Wednesday, New Year's Eve is a working day
    [InlineData(2026, 11, 21, false)]   // Saturday
    [InlineData(2026, 11, 22, false)]   // Sunday
    [InlineData(2026, 1, 6, false)]     // Epiphany on a Tuesday
    [InlineData(2026, 4, 3, false)]     // Good Friday
    [InlineData(2026, 5, 14, false)]    // Ascension Day, a Thursday
    [InlineData(2026, 6, 19, false)]    // Midsummer Eve, a Friday
    [InlineData(2026, 12, 24, false)]   // Christmas Eve, a Thursday
    public void Working_days_are_weekdays_that_are_not_holidays(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, FinnishHolidays.IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void Years_before_the_Gregorian_calendar_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FinnishHolidays.For(1582));

    private static DateOnly Date(int year, Holiday name) =>
        FinnishHolidays.For(year).Single(h => h.Name == name).Date;
}
