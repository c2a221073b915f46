namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// The subsidised period of a decision: <see cref="Months"/> subsidy months from <see cref="Start"/>. Subsidy month
/// i (0-based) runs from Start.AddMonths(i) to Start.AddMonths(i + 1) − 1 day, so 31.1. starts months on 31.1.,
/// 28.2., 31.3. ... (<see cref="DateOnly.AddMonths"/> clamps to the month's last day) and the months join up.
/// A part of a month is paid by days: monthly amount × days worked in it / days in that subsidy month.
/// </summary>
public sealed record KuntalisaSubsidyPeriod
{
    public KuntalisaSubsidyPeriod(DateOnly start, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        Start = start;
        Months = months;
    }

    public DateOnly Start { get; }

    public int Months { get; }

    /// <summary>The last subsidised day.</summary>
    public DateOnly End => MonthEnd(Months - 1);

    public DateOnly MonthStart(int index) => Start.AddMonths(index);

    public DateOnly MonthEnd(int index) => Start.AddMonths(index + 1).AddDays(-1);

    public int DaysIn(int index) => MonthEnd(index).DayNumber - MonthStart(index).DayNumber + 1;

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>The index of the subsidy month that <paramref name="day"/> falls in, or null outside the period.</summary>
    public int? IndexOfMonthContaining(DateOnly day)
    {
        if (!Contains(day))
        {
            return null;
        }

        for (var i = 0; i < Months; i++)
        {
            if (day <= MonthEnd(i))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The index of the subsidy month that starts on <paramref name="day"/>, or null when none does.</summary>
    public int? IndexOfMonthStarting(DateOnly day) =>
        IndexOfMonthContaining(day) is { } i && MonthStart(i) == day ? i : null;

    /// <summary>
    /// How much of the period lies from <paramref name="from"/> (a month's first day) to <paramref name="through"/>:
    /// the whole months, and the days of a last, partial month with that month's length (0 and 0 when none is partial).
    /// </summary>
    public (int WholeMonths, int PartialDays, int DaysInPartialMonth) Span(DateOnly from, DateOnly through)
    {
        var first = IndexOfMonthStarting(from) ?? throw new ArgumentOutOfRangeException(nameof(from));
        var last = IndexOfMonthContaining(through) ?? throw new ArgumentOutOfRangeException(nameof(through));
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(through));
        }

        if (through == MonthEnd(last))
        {
            return (last - first + 1, 0, 0);
        }

        return (last - first, through.DayNumber - MonthStart(last).DayNumber + 1, DaysIn(last));
    }

    /// <summary>
    /// The monthly amount for the months and days from <paramref name="from"/> through <paramref name="through"/>,
    /// rounded to cents once at the end: 2 months and 15 of 30 days at 1 680 € = 3 360 + 840 = 4 200 €.
    /// </summary>
    public decimal AmountFor(decimal monthlyAmount, DateOnly from, DateOnly through)
    {
        var (whole, days, daysInMonth) = Span(from, through);
        var amount = monthlyAmount * whole;
        if (days > 0)
        {
            amount += monthlyAmount * days / daysInMonth;
        }

        return KuntalisaAmount.Cents(amount);
    }

    /// <summary>Months (with a fraction for a partial last month) from <paramref name="from"/> through <paramref name="through"/>, to 4 decimals.</summary>
    public decimal MonthsIn(DateOnly from, DateOnly through)
    {
        var (whole, days, daysInMonth) = Span(from, through);
        return days == 0 ? whole : Math.Round(whole + ((decimal)days / daysInMonth), 4, MidpointRounding.AwayFromZero);
    }
}
