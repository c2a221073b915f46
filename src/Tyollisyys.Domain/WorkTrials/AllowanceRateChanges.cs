using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// How an admin changes the dated expense-allowance rates (issue 6 item 6, "rates dated and configurable"). A new
/// rate takes effect on a future day (after today), so every day already attended keeps the rate its month was
/// computed with: an amount once shown or paid never changes afterwards. A rate that has not taken effect may be
/// withdrawn; one that is or was in force may not, because the days it governed would lose their rate.
/// </summary>
public static class AllowanceRateChanges
{
    /// <summary>A guard against typing errors: five times the higher statutory rate of 18 € a day.</summary>
    public const decimal MaxDailyRate = 100m;

    /// <summary>Refuses <paramref name="rate"/> unless it takes effect after <paramref name="today"/> on a day no other rate has, with amounts in whole cents from 0 to <see cref="MaxDailyRate"/>, the outside-commuting one not below the normal one.</summary>
    public static void CheckNew(AllowanceRate rate, IReadOnlyList<AllowanceRate> existing, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(existing);
        if (rate.EffectiveFrom <= today)
        {
            throw new DomainException(
                "WorkTrials.Allowance.RateNotInFuture",
                string.Create(CultureInfo.InvariantCulture, $"A new rate takes effect after today ({today:yyyy-MM-dd}); got {rate.EffectiveFrom:yyyy-MM-dd}."),
                today);
        }

        if (!IsDailyAmount(rate.Normal) || !IsDailyAmount(rate.OutsideCommuting))
        {
            throw new DomainException(
                "WorkTrials.Allowance.RateOutOfRange",
                string.Create(CultureInfo.InvariantCulture, $"A daily rate is 0–{MaxDailyRate} euros in whole cents (got {rate.Normal} and {rate.OutsideCommuting})."),
                0m,
                MaxDailyRate);
        }

        if (rate.OutsideCommuting < rate.Normal)
        {
            throw new DomainException(
                "WorkTrials.Allowance.OutsideBelowNormal",
                string.Create(CultureInfo.InvariantCulture, $"The rate outside the commuting area ({rate.OutsideCommuting}) may not be below the normal rate ({rate.Normal})."),
                rate.OutsideCommuting,
                rate.Normal);
        }

        if (existing.Any(r => r.EffectiveFrom == rate.EffectiveFrom))
        {
            throw new DomainException(
                "WorkTrials.Allowance.RateDateTaken",
                string.Create(CultureInfo.InvariantCulture, $"A rate taking effect on {rate.EffectiveFrom:yyyy-MM-dd} exists already."),
                rate.EffectiveFrom);
        }
    }

    /// <summary>Refuses to withdraw <paramref name="rate"/> once it has taken effect (on or before <paramref name="today"/>).</summary>
    public static void CheckWithdrawal(AllowanceRate rate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (rate.EffectiveFrom <= today)
        {
            throw new DomainException(
                "WorkTrials.Allowance.RateAlreadyInForce",
                string.Create(CultureInfo.InvariantCulture, $"The rate of {rate.EffectiveFrom:yyyy-MM-dd} has taken effect and cannot be withdrawn."),
                rate.EffectiveFrom);
        }
    }

    private static bool IsDailyAmount(decimal amount) => amount is >= 0m and <= MaxDailyRate && decimal.Round(amount, 2) == amount;
}
