namespace Tyollisyys.Domain.Calendar;

/// <summary>
/// The Finnish public holidays and the two de facto non-working days (Midsummer Eve, Christmas Eve)
/// that offices are closed on, so deadlines must skip them too.
/// </summary>
public enum Holiday
{
    NewYearsDay = 1,
    Epiphany = 2,
    GoodFriday = 3,
    EasterSunday = 4,
    EasterMonday = 5,
    MayDay = 6,
    AscensionDay = 7,
    Whitsun = 8,
    MidsummerEve = 9,
    MidsummerDay = 10,
    AllSaintsDay = 11,
    IndependenceDay = 12,
    ChristmasEve = 13,
    ChristmasDay = 14,
    BoxingDay = 15,
}

/// <summary>A holiday on its date in one year.</summary>
public sealed record PublicHoliday(DateOnly Date, Holiday Name);
