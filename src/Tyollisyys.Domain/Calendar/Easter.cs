namespace Tyollisyys.Domain.Calendar;

/// <summary>
/// Easter Sunday by the Gregorian computus: the first Sunday after the ecclesiastical full moon
/// on or after 21 March. The Finnish movable holidays are all counted from it.
/// </summary>
public static class Easter
{
    /// <summary>The Gregorian calendar (and so this computus) starts in 1583.</summary>
    public const int FirstYear = 1583;

    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);

        // Position of the year in the 19-year Metonic cycle of moon phases.
        var golden = year % 19;
        var century = year / 100;
        var yearInCentury = year % 100;

        // Gregorian corrections: century years that are not leap years, and the lunar drift
        // of about 8 days in 2500 years.
        var skippedLeapDays = century / 4;
        var lunarCorrection = (century + 8) / 25;
        var moonCorrection = (century - lunarCorrection + 1) / 3;

        // Days from 21 March to the ecclesiastical full moon (the epact, in effect).
        var fullMoonOffset = ((19 * golden) + century - skippedLeapDays - moonCorrection + 15) % 30;

        // Days from that full moon to the following Sunday, from the weekday of 1 March.
        var leapCycle = yearInCentury / 4;
        var yearInLeapCycle = yearInCentury % 4;
        var toSunday = (32 + (2 * (century % 4)) + (2 * leapCycle) - fullMoonOffset - yearInLeapCycle) % 7;

        // Exceptions that keep Easter on or before 25 April.
        var lateFullMoonFix = (golden + (11 * fullMoonOffset) + (22 * toSunday)) / 451;

        var daysAfter22March = fullMoonOffset + toSunday - (7 * lateFullMoonFix);
        return new DateOnly(year, 3, 22).AddDays(daysAfter22March);
    }
}
