namespace Tyollisyys.Domain.Calendar;

/// <summary>Working-day arithmetic for statutory deadlines: weekends and Finnish holidays do not count.</summary>
public static class WorkingDays
{
    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>; the start
    /// day itself is not counted, so "within 5 working days" of a Monday is the following Monday.
    /// </summary>
    public static DateOnly Add(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (FinnishHolidays.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }
}
