namespace Tyollisyys.Domain.Calendar;

/// <summary>
/// Finnish public holidays of any year, computed rather than listed, so the deadline arithmetic
/// never runs out of calendar (domain.md §3). Midsummer Eve and Christmas Eve are not statutory
/// holidays but offices are closed, so they count as non-working days here.
/// </summary>
public static class FinnishHolidays
{
    public static IReadOnlyList<PublicHoliday> For(int year)
    {
        var easter = Easter.Sunday(year);
        return
        [
            new(new DateOnly(year, 1, 1), Holiday.NewYearsDay),
            new(new DateOnly(year, 1, 6), Holiday.Epiphany),
            new(easter.AddDays(-2), Holiday.GoodFriday),
            new(easter, Holiday.EasterSunday),
            new(easter.AddDays(1), Holiday.EasterMonday),
            new(new DateOnly(year, 5, 1), Holiday.MayDay),
            new(easter.AddDays(39), Holiday.AscensionDay),
            new(easter.AddDays(49), Holiday.Whitsun),
            new(FirstOnOrAfter(new DateOnly(year, 6, 19), DayOfWeek.Friday), Holiday.MidsummerEve),
            new(FirstOnOrAfter(new DateOnly(year, 6, 20), DayOfWeek.Saturday), Holiday.MidsummerDay),
            new(FirstOnOrAfter(new DateOnly(year, 10, 31), DayOfWeek.Saturday), Holiday.AllSaintsDay),
            new(new DateOnly(year, 12, 6), Holiday.IndependenceDay),
            new(new DateOnly(year, 12, 24), Holiday.ChristmasEve),
            new(new DateOnly(year, 12, 25), Holiday.ChristmasDay),
            new(new DateOnly(year, 12, 26), Holiday.BoxingDay),
        ];
    }

    public static bool IsHoliday(DateOnly date) => For(date.Year).Any(h => h.Date == date);

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    // The weekday-bound holidays fall on a given weekday within a seven-day window.
    private static DateOnly FirstOnOrAfter(DateOnly from, DayOfWeek weekday) =>
        from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);
}
