using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>The expense allowance per attended day from <paramref name="EffectiveFrom"/> on, normally and when the workplace is outside the commuting area.</summary>
public sealed record AllowanceRate(DateOnly EffectiveFrom, decimal Normal, decimal OutsideCommuting)
{
    public decimal For(bool outsideCommutingArea) => outsideCommutingArea ? OutsideCommuting : Normal;
}

/// <summary>
/// A month's allowance: the days attended in the month, the days paid (at most <see cref="ExpenseAllowance.MaxDaysPerWeek"/>
/// a week) and the amount in euros, rounded to cents.
/// </summary>
public sealed record AllowanceAmount(int AttendedDays, int PaidDays, decimal Amount);

/// <summary>
/// Kulukorvaus (domain.md §5): a per-day allowance for the days attended, 9 €/day or 18 €/day when the trial is
/// outside the commuting area, for at most 5 days a calendar (ISO, Monday–Sunday) week. The rates are dated: each day
/// is paid at the rate in force on that day. When a week has more than 5 attended days, its first 5 are paid; a week
/// split between two months is capped as a whole, its earlier days first, so the months' amounts add up to what the
/// whole trial would give.
/// </summary>
public static class ExpenseAllowance
{
    public const int MaxDaysPerWeek = 5;

    /// <summary>The rates in force for as long as the register has existed: 9 € and 18 € a day.</summary>
    public static IReadOnlyList<AllowanceRate> StandardRates { get; } = [new(DateOnly.MinValue, 9m, 18m)];

    /// <summary>
    /// The allowance for <paramref name="year"/>-<paramref name="month"/>. <paramref name="attendedDates"/> may hold
    /// the whole trial's attendance: the days of the neighbouring months only fill the weekly cap of a week the month
    /// shares with them.
    /// </summary>
    public static AllowanceAmount MonthlyAmount(int year, int month, IEnumerable<DateOnly> attendedDates, bool outsideCommutingArea, IReadOnlyList<AllowanceRate> rates)
    {
        ArgumentNullException.ThrowIfNull(attendedDates);
        var dates = attendedDates.Distinct().ToList();
        var inMonth = dates.Count(d => d.Year == year && d.Month == month);
        var paid = PaidDays(dates).Where(d => d.Year == year && d.Month == month).ToList();
        return new AllowanceAmount(inMonth, paid.Count, Sum(paid, outsideCommutingArea, rates));
    }

    /// <summary>The allowance for the given days, whatever months they fall in.</summary>
    public static AllowanceAmount Amount(IEnumerable<DateOnly> attendedDates, bool outsideCommutingArea, IReadOnlyList<AllowanceRate> rates)
    {
        ArgumentNullException.ThrowIfNull(attendedDates);
        var dates = attendedDates.Distinct().ToList();
        var paid = PaidDays(dates).ToList();
        return new AllowanceAmount(dates.Count, paid.Count, Sum(paid, outsideCommutingArea, rates));
    }

    /// <summary>The rate in force on <paramref name="day"/>: the one with the latest effective date on or before it.</summary>
    public static AllowanceRate RateOn(DateOnly day, IReadOnlyList<AllowanceRate> rates)
    {
        CheckRates(rates);
        return rates.Where(r => r.EffectiveFrom <= day).MaxBy(r => r.EffectiveFrom)
            ?? throw new DomainException(
                "WorkTrials.Allowance.NoRateInForce",
                string.Create(CultureInfo.InvariantCulture, $"No expense allowance rate is in force on {day:yyyy-MM-dd}."),
                day);
    }

    private static IEnumerable<DateOnly> PaidDays(List<DateOnly> dates) =>
        dates
            .GroupBy(d => (ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue))))
            .SelectMany(week => week.Order().Take(MaxDaysPerWeek));

    private static decimal Sum(List<DateOnly> paid, bool outsideCommutingArea, IReadOnlyList<AllowanceRate> rates)
    {
        CheckRates(rates);
        var sum = paid.Sum(d => RateOn(d, rates).For(outsideCommutingArea));
        return Math.Round(sum, 2, MidpointRounding.AwayFromZero);
    }

    private static void CheckRates(IReadOnlyList<AllowanceRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count == 0
            || rates.Any(r => r is null || r.Normal < 0m || r.OutsideCommuting < 0m)
            || rates.Select(r => r.EffectiveFrom).Distinct().Count() != rates.Count)
        {
            throw new DomainException(
                "WorkTrials.Allowance.InvalidRates",
                "The allowance rates need at least one rate, no negative amounts and one rate per effective date.");
        }
    }
}
