using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>A higher (or lower) maximum percentage for one employer category, e.g. third sector up to 100 %.</summary>
public sealed record CategoryMaximum
{
    public CategoryMaximum(KuntalisaEmployerCategory category, decimal maxPercent)
    {
        Category = category;
        MaxPercent = maxPercent;
    }

    public KuntalisaEmployerCategory Category { get; private set; }

    public decimal MaxPercent { get; private set; }
}

/// <summary>
/// How much a rule version pays and for how long: a percentage of pay within a range (with per-category maxima)
/// or a fixed sum a month; optional monthly and total caps; a month range; an optional one-off bonus paid when
/// the employment lasts at least <see cref="BonusAfterMonths"/> months (Tampere: 1 800 € after a year).
/// </summary>
public sealed class KuntalisaAmount
{
    /// <summary>Three years: catches typing errors, no rule grants longer.</summary>
    public const int MaxMonthsLimit = 36;

    private readonly List<CategoryMaximum> _categoryMaxima = [];

    private KuntalisaAmount()
    {
    }

    private KuntalisaAmount(KuntalisaAmountMode mode, int minMonths, int maxMonths, decimal? monthlyCap, decimal? totalCap, decimal? bonusAmount, int? bonusAfterMonths)
    {
        if (minMonths < 1 || maxMonths > MaxMonthsLimit || minMonths > maxMonths)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidMonthRange",
                string.Create(CultureInfo.InvariantCulture, $"The month range must lie within 1–{MaxMonthsLimit} with its lower end first (got {minMonths}–{maxMonths})."),
                MaxMonthsLimit);
        }

        if (monthlyCap is <= 0 || totalCap is <= 0)
        {
            throw new DomainException("Kuntalisa.Rule.InvalidCap", "A monthly or total cap must be more than zero.");
        }

        if (bonusAmount.HasValue != bonusAfterMonths.HasValue || bonusAmount is <= 0 || bonusAfterMonths is < 1 or > MaxMonthsLimit * 2)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidBonus",
                "A bonus needs both a positive amount and the months (1–72) the employment must last.");
        }

        Mode = mode;
        MinMonths = minMonths;
        MaxMonths = maxMonths;
        MonthlyCap = monthlyCap is { } m ? Cents(m) : null;
        TotalCap = totalCap is { } t ? Cents(t) : null;
        BonusAmount = bonusAmount is { } b ? Cents(b) : null;
        BonusAfterMonths = bonusAfterMonths;
    }

    public KuntalisaAmountMode Mode { get; private set; }

    public decimal? MinPercent { get; private set; }

    /// <summary>The maximum for every employer category without its own entry in <see cref="CategoryMaxima"/>.</summary>
    public decimal? MaxPercent { get; private set; }

    public PercentageBase PercentageBase { get; private set; }

    public IReadOnlyList<CategoryMaximum> CategoryMaxima => _categoryMaxima;

    public decimal? FixedMonthlyAmount { get; private set; }

    public decimal? MonthlyCap { get; private set; }

    public decimal? TotalCap { get; private set; }

    public int MinMonths { get; private set; }

    public int MaxMonths { get; private set; }

    public decimal? BonusAmount { get; private set; }

    public int? BonusAfterMonths { get; private set; }

    public static KuntalisaAmount PercentageOfPay(
        decimal minPercent,
        decimal maxPercent,
        int minMonths,
        int maxMonths,
        IEnumerable<CategoryMaximum>? categoryMaxima = null,
        PercentageBase percentageBase = PercentageBase.GrossPay,
        decimal? monthlyCap = null,
        decimal? totalCap = null,
        decimal? bonusAmount = null,
        int? bonusAfterMonths = null)
    {
        if (minPercent <= 0 || maxPercent > 100 || minPercent > maxPercent)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidPercentageRange",
                string.Create(CultureInfo.InvariantCulture, $"The percentage range must lie within 0–100 % with its lower end first (got {minPercent}–{maxPercent})."));
        }

        if (!Enum.IsDefined(percentageBase))
        {
            throw new ArgumentOutOfRangeException(nameof(percentageBase));
        }

        var amount = new KuntalisaAmount(KuntalisaAmountMode.PercentageOfPay, minMonths, maxMonths, monthlyCap, totalCap, bonusAmount, bonusAfterMonths)
        {
            MinPercent = minPercent,
            MaxPercent = maxPercent,
            PercentageBase = percentageBase,
        };
        foreach (var maximum in categoryMaxima ?? [])
        {
            if (maximum.Category == KuntalisaEmployerCategory.PrivatePerson
                || !Enum.IsDefined(maximum.Category)
                || maximum.MaxPercent < minPercent
                || maximum.MaxPercent > 100
                || amount._categoryMaxima.Any(m => m.Category == maximum.Category))
            {
                throw new DomainException(
                    "Kuntalisa.Rule.InvalidCategoryMaximum",
                    "A category maximum names an eligible category once, and lies between the rule's minimum percentage and 100 %.");
            }

            amount._categoryMaxima.Add(maximum);
        }

        return amount;
    }

    public static KuntalisaAmount FixedMonthly(
        decimal amountPerMonth,
        int minMonths,
        int maxMonths,
        decimal? monthlyCap = null,
        decimal? totalCap = null,
        decimal? bonusAmount = null,
        int? bonusAfterMonths = null)
    {
        if (amountPerMonth <= 0)
        {
            throw new DomainException("Kuntalisa.Rule.InvalidFixedAmount", "A fixed monthly sum must be more than zero.");
        }

        return new KuntalisaAmount(KuntalisaAmountMode.FixedMonthly, minMonths, maxMonths, monthlyCap, totalCap, bonusAmount, bonusAfterMonths)
        {
            FixedMonthlyAmount = Cents(amountPerMonth),
            PercentageBase = PercentageBase.GrossPay,
        };
    }

    /// <summary>The highest percentage the category may get; null in fixed-sum mode.</summary>
    public decimal? MaxPercentFor(KuntalisaEmployerCategory category) =>
        _categoryMaxima.FirstOrDefault(m => m.Category == category)?.MaxPercent ?? MaxPercent;

    internal static decimal Cents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
