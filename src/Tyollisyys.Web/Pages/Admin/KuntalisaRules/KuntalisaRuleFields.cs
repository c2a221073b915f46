using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>The form of a new rule version. Sums and percentages are texts, so Finnish decimals ("70,5", "3 600,00") parse.</summary>
public sealed class KuntalisaRuleFields
{
    public const int AgeBandRows = 3;

    /// <summary>The categories a rule can name, in the order the form shows them (never a private person).</summary>
    public static readonly IReadOnlyList<KuntalisaEmployerCategory> Categories =
        [KuntalisaEmployerCategory.Company, KuntalisaEmployerCategory.ThirdSector, KuntalisaEmployerCategory.PublicBody, KuntalisaEmployerCategory.Other];

    public static readonly IReadOnlyList<KuntalisaTargetGroups> TargetGroupChoices =
        [KuntalisaTargetGroups.LongTermUnemployed, KuntalisaTargetGroups.Young, KuntalisaTargetGroups.Immigrant, KuntalisaTargetGroups.PartialWorkAbility, KuntalisaTargetGroups.DisabledOrLongTermIll];

    public int? MunicipalityId { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public string? CouncilDecision { get; set; }

    public int? MinimumDays { get; set; }

    public UnemploymentDayBasis DayBasis { get; set; } = UnemploymentDayBasis.UnemploymentDays;

    public List<AgeBandRow> AgeBands { get; set; } = [.. Enumerable.Range(0, AgeBandRows).Select(_ => new AgeBandRow())];

    public List<KuntalisaTargetGroups> TargetGroups { get; set; } = [];

    public bool TargetGroupsAlternativeToDays { get; set; }

    public bool ResidenceRequired { get; set; } = true;

    public StatePaySubsidyRule StatePaySubsidy { get; set; } = StatePaySubsidyRule.Allowed;

    public KuntalisaAmountMode AmountMode { get; set; } = KuntalisaAmountMode.PercentageOfPay;

    public string? MinPercent { get; set; }

    public string? MaxPercent { get; set; }

    public PercentageBase PercentageBase { get; set; } = PercentageBase.GrossPay;

    public List<CategoryMaximumRow> CategoryMaxima { get; set; } = [.. Categories.Select(c => new CategoryMaximumRow { Category = c })];

    public string? FixedMonthlyAmount { get; set; }

    public string? MonthlyCap { get; set; }

    public string? TotalCap { get; set; }

    public int? MinMonths { get; set; }

    public int? MaxMonths { get; set; }

    public string? BonusAmount { get; set; }

    public int? BonusAfterMonths { get; set; }

    public List<KuntalisaEmployerCategories> AllowedEmployers { get; set; } = [];

    public string? MinimumWeeklyHours { get; set; }

    public ApplicationTiming ApplicationTiming { get; set; } = ApplicationTiming.Any;

    public int? ApplyWithinMonths { get; set; }

    public bool NotForWageCosts { get; set; }

    /// <summary>The form prefilled from an existing version: the usual way to write the next one.</summary>
    public static KuntalisaRuleFields CopyOf(KuntalisaRuleVersion version)
    {
        var e = version.Eligibility;
        var a = version.Amount;
        var c = version.Conditions;
        var fields = new KuntalisaRuleFields
        {
            MunicipalityId = version.MunicipalityId,
            CouncilDecision = version.CouncilDecision,
            MinimumDays = e.MinimumDays,
            DayBasis = e.DayBasis,
            TargetGroups = [.. TargetGroupChoices.Where(g => e.TargetGroups.HasFlag(g))],
            TargetGroupsAlternativeToDays = e.TargetGroupsAlternativeToDays,
            ResidenceRequired = e.ResidenceRequired,
            StatePaySubsidy = e.StatePaySubsidy,
            AmountMode = a.Mode,
            MinPercent = FinnishDecimal.ForInput(a.MinPercent),
            MaxPercent = FinnishDecimal.ForInput(a.MaxPercent),
            PercentageBase = a.PercentageBase,
            CategoryMaxima = [.. Categories.Select(cat => new CategoryMaximumRow
            {
                Category = cat,
                MaxPercent = FinnishDecimal.ForInput(a.CategoryMaxima.FirstOrDefault(m => m.Category == cat)?.MaxPercent),
            })],
            FixedMonthlyAmount = FinnishDecimal.ForInput(a.FixedMonthlyAmount),
            MonthlyCap = FinnishDecimal.ForInput(a.MonthlyCap),
            TotalCap = FinnishDecimal.ForInput(a.TotalCap),
            MinMonths = a.MinMonths,
            MaxMonths = a.MaxMonths,
            BonusAmount = FinnishDecimal.ForInput(a.BonusAmount),
            BonusAfterMonths = a.BonusAfterMonths,
            AllowedEmployers = [.. Categories.Select(cat => cat.AsFlag()).Where(f => c.AllowedEmployers.HasFlag(f))],
            MinimumWeeklyHours = FinnishDecimal.ForInput(c.MinimumWeeklyHours),
            ApplicationTiming = c.ApplicationTiming,
            ApplyWithinMonths = c.ApplyWithinMonths,
            NotForWageCosts = c.NotForWageCosts,
        };
        for (var i = 0; i < Math.Min(AgeBandRows, e.AgeBands.Count); i++)
        {
            fields.AgeBands[i] = new AgeBandRow { MinAge = e.AgeBands[i].MinAge, MaxAge = e.AgeBands[i].MaxAge };
        }

        return fields;
    }

    /// <summary>The version the fields describe; the domain refuses what breaks its rules. Call only after validation.</summary>
    public KuntalisaRuleVersion Create()
    {
        var eligibility = new KuntalisaEligibility(
            MinimumDays,
            DayBasis,
            AgeBands.Where(b => b.MinAge is not null && b.MaxAge is not null).Select(b => new AgeBand(b.MinAge!.Value, b.MaxAge!.Value)).ToList(),
            TargetGroups.Aggregate(KuntalisaTargetGroups.None, (all, g) => all | g),
            TargetGroupsAlternativeToDays,
            ResidenceRequired,
            StatePaySubsidy);
        var amount = AmountMode == KuntalisaAmountMode.FixedMonthly
            ? KuntalisaAmount.FixedMonthly(
                Number(FixedMonthlyAmount)!.Value,
                MinMonths!.Value,
                MaxMonths!.Value,
                Number(MonthlyCap),
                Number(TotalCap),
                Number(BonusAmount),
                BonusAfterMonths)
            : KuntalisaAmount.PercentageOfPay(
                Number(MinPercent)!.Value,
                Number(MaxPercent)!.Value,
                MinMonths!.Value,
                MaxMonths!.Value,
                CategoryMaxima.Where(m => Number(m.MaxPercent) is not null).Select(m => new CategoryMaximum(m.Category, Number(m.MaxPercent)!.Value)).ToList(),
                PercentageBase,
                Number(MonthlyCap),
                Number(TotalCap),
                Number(BonusAmount),
                BonusAfterMonths);
        var conditions = new KuntalisaConditions(
            AllowedEmployers.Aggregate(KuntalisaEmployerCategories.None, (all, c) => all | c),
            Number(MinimumWeeklyHours),
            ApplicationTiming,
            ApplicationTiming == ApplicationTiming.WithinMonthsOfStart ? ApplyWithinMonths : null,
            NotForWageCosts);
        return new KuntalisaRuleVersion(MunicipalityId!.Value, EffectiveFrom!.Value, EffectiveTo, CouncilDecision!, eligibility, amount, conditions);
    }

    /// <summary>The field a domain refusal belongs to, so the message appears next to it (the whole form otherwise).</summary>
    public static string FieldOf(string messageKey) => messageKey switch
    {
        "Kuntalisa.Rule.EffectiveToBeforeFrom" => nameof(EffectiveTo),
        "Kuntalisa.Rule.CouncilDecisionRequired" or "Validation.TooLong" => nameof(CouncilDecision),
        "Kuntalisa.Rule.InvalidMinimumDays" => nameof(MinimumDays),
        "Kuntalisa.Rule.AlternativeNeedsDaysAndGroups" => nameof(TargetGroupsAlternativeToDays),
        "Kuntalisa.Rule.InvalidPercentageRange" => nameof(MinPercent),
        "Kuntalisa.Rule.InvalidCategoryMaximum" => nameof(CategoryMaxima),
        "Kuntalisa.Rule.InvalidFixedAmount" => nameof(FixedMonthlyAmount),
        "Kuntalisa.Rule.InvalidCap" => nameof(MonthlyCap),
        "Kuntalisa.Rule.InvalidMonthRange" => nameof(MinMonths),
        "Kuntalisa.Rule.InvalidBonus" => nameof(BonusAmount),
        "Kuntalisa.Rule.InvalidWeeklyHours" => nameof(MinimumWeeklyHours),
        "Kuntalisa.Rule.InvalidApplicationWindow" => nameof(ApplyWithinMonths),
        "Kuntalisa.Rule.NoEmployerCategories" => nameof(AllowedEmployers),
        _ => string.Empty,
    };

    private static decimal? Number(string? text) => FinnishDecimal.ParseOrNull(text);
}

public sealed class AgeBandRow
{
    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }
}

public sealed class CategoryMaximumRow
{
    public KuntalisaEmployerCategory Category { get; set; }

    /// <summary>Empty: the category gets the rule's general maximum.</summary>
    public string? MaxPercent { get; set; }
}
