using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kpi;

public enum KpiPeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}

/// <summary>
/// The period a figure is computed for: a calendar month, quarter or year. Written as a code in URLs and files:
/// "2026" (year), "2026-Q1" (quarter), "2026-03" (month). Stocks ("at period end") are read on <see cref="AsOf"/>:
/// the period's last day, or today for the period still running.
/// </summary>
public readonly record struct KpiPeriod
{
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    private KpiPeriod(KpiPeriodKind kind, int year, int number)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException("Kpi.Period.InvalidYear", $"A period's year lies within {FirstYear}–{LastYear}.", FirstYear, LastYear);
        }

        var max = kind switch { KpiPeriodKind.Month => 12, KpiPeriodKind.Quarter => 4, _ => 1 };
        if (number < 1 || number > max)
        {
            throw new DomainException("Kpi.Period.Invalid", "No such period.");
        }

        Kind = kind;
        Year = year;
        Number = number;
    }

    public KpiPeriodKind Kind { get; }

    public int Year { get; }

    /// <summary>The month (1–12) or quarter (1–4); 1 for a year.</summary>
    public int Number { get; }

    public int MonthCount => Kind switch { KpiPeriodKind.Month => 1, KpiPeriodKind.Quarter => 3, _ => 12 };

    public DateOnly Start => new(Year, Kind == KpiPeriodKind.Quarter ? ((Number - 1) * 3) + 1 : Kind == KpiPeriodKind.Month ? Number : 1, 1);

    /// <summary>The last day (inclusive).</summary>
    public DateOnly End => Start.AddMonths(MonthCount).AddDays(-1);

    /// <summary>How many periods a trend shows: 12 months, 8 quarters or 5 years.</summary>
    public int TrendLength => Kind switch { KpiPeriodKind.Month => 12, KpiPeriodKind.Quarter => 8, _ => 5 };

    public string Code => Kind switch
    {
        KpiPeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        KpiPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}"),
    };

    public static KpiPeriod Month(int year, int month) => new(KpiPeriodKind.Month, year, month);

    public static KpiPeriod Quarter(int year, int quarter) => new(KpiPeriodKind.Quarter, year, quarter);

    public static KpiPeriod OfYear(int year) => new(KpiPeriodKind.Year, year, 1);

    public static KpiPeriod Containing(KpiPeriodKind kind, DateOnly day) => kind switch
    {
        KpiPeriodKind.Month => Month(day.Year, day.Month),
        KpiPeriodKind.Quarter => Quarter(day.Year, ((day.Month - 1) / 3) + 1),
        _ => OfYear(day.Year),
    };

    /// <summary>Reads "2026", "2026-Q1" or "2026-03" (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? code, out KpiPeriod period)
    {
        period = default;
        var text = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = OfYear(year);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && text[5] == 'Q' && text[6] is >= '1' and <= '4')
        {
            period = Quarter(year, text[6] - '0');
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = Month(year, month);
            return true;
        }

        return false;
    }

    public KpiPeriod Previous() => Containing(Kind, Start.AddDays(-1));

    /// <summary>The <see cref="TrendLength"/> periods that end with this one, oldest first.</summary>
    public IReadOnlyList<KpiPeriod> Trend()
    {
        var periods = new List<KpiPeriod> { this };
        while (periods.Count < TrendLength && periods[0].Year > FirstYear)
        {
            periods.Insert(0, periods[0].Previous());
        }

        return periods;
    }

    /// <summary>The day stocks are read on: the last day, or <paramref name="today"/> while the period runs; null for a period not begun.</summary>
    public DateOnly? AsOf(DateOnly today) => Start > today ? null : End < today ? End : today;

    /// <summary>
    /// The days a period average samples: the last day of each of its months that has begun (today for the month
    /// still running). Empty for a period not begun.
    /// </summary>
    public IReadOnlyList<DateOnly> SampleDays(DateOnly today)
    {
        var days = new List<DateOnly>();
        for (var month = Start; month <= End && month <= today; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            days.Add(last < today ? last : today);
        }

        return days;
    }

    public override string ToString() => Code;
}
