using System.Globalization;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>A rule version in words: the list's one-line summary, the parts of the detail page, and the audit text.</summary>
public static class KuntalisaRuleText
{
    private static readonly NumberFormatInfo Finnish = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
    };

    /// <summary>"70", "70,5": a percentage or a number of hours without trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Finnish);

    /// <summary>"3 600 €", "412,50 €": cents only when there are any.</summary>
    public static string Euros(decimal value) =>
        value.ToString(value == Math.Truncate(value) ? "#,##0" : "#,##0.00", Finnish) + "\u00A0€";

    public static string Period(KuntalisaRuleVersion version) =>
        Formats.Date(version.EffectiveFrom) + "–" + (version.EffectiveTo is { } to ? Formats.Date(to) : string.Empty);

    public static string Range(int min, int max) =>
        min == max ? min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{min}–{max}");

    /// <summary>"50–70 % bruttopalkasta, kolmas sektori 100 %, 4–12 kk" or "450 €/kk, enintään 3 600 €, 1–12 kk".</summary>
    public static string Summary(IStringLocalizer t, KuntalisaAmount amount)
    {
        var parts = new List<string>();
        if (amount.Mode == KuntalisaAmountMode.PercentageOfPay)
        {
            parts.Add(t["Admin.KuntalisaRules.Summary.Percentage", PercentRange(amount.MinPercent!.Value, amount.MaxPercent!.Value), t[$"Admin.KuntalisaRules.BaseOf.{amount.PercentageBase}"]]);
            parts.AddRange(amount.CategoryMaxima.Select(m => t["Admin.KuntalisaRules.Summary.CategoryMaximum", t[$"Admin.KuntalisaRules.CategoryShort.{m.Category}"], Number(m.MaxPercent)].Value));
        }
        else
        {
            parts.Add(t["Admin.KuntalisaRules.Summary.Fixed", Euros(amount.FixedMonthlyAmount!.Value)]);
        }

        if (amount.MonthlyCap is { } monthly)
        {
            parts.Add(t["Admin.KuntalisaRules.Summary.MonthlyCap", Euros(monthly)]);
        }

        if (amount.TotalCap is { } total)
        {
            parts.Add(t["Admin.KuntalisaRules.Summary.TotalCap", Euros(total)]);
        }

        parts.Add(t["Admin.KuntalisaRules.Summary.Months", Range(amount.MinMonths, amount.MaxMonths)]);
        if (amount.BonusAmount is { } bonus)
        {
            parts.Add(t["Admin.KuntalisaRules.Summary.Bonus", Euros(bonus), amount.BonusAfterMonths!.Value]);
        }

        return string.Join(", ", parts);
    }

    public static string PercentRange(decimal min, decimal max) =>
        min == max ? Number(min) + "\u00A0%" : Number(min) + "–" + Number(max) + "\u00A0%";

    public static IEnumerable<string> TargetGroupNames(IStringLocalizer t, KuntalisaTargetGroups groups) =>
        KuntalisaRuleFields.TargetGroupChoices.Where(g => groups.HasFlag(g)).Select(g => t[$"Admin.KuntalisaRules.TargetGroup.{g}"].Value);

    public static IEnumerable<string> EmployerNames(IStringLocalizer t, KuntalisaEmployerCategories allowed) =>
        KuntalisaRuleFields.Categories.Where(c => allowed.HasFlag(c.AsFlag())).Select(c => t[$"Admin.KuntalisaRules.Category.{c}"].Value);

    /// <summary>Every number of a version in one invariant line, for the audit trail (before/after of an end date).</summary>
    public static string Describe(KuntalisaRuleVersion v)
    {
        var e = v.Eligibility;
        var a = v.Amount;
        var c = v.Conditions;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"municipality {v.MunicipalityId} {v.EffectiveFrom:yyyy-MM-dd}..{v.EffectiveTo:yyyy-MM-dd} '{v.CouncilDecision}'; "
            + $"eligibility days {e.MinimumDays?.ToString(CultureInfo.InvariantCulture) ?? "-"} {e.DayBasis}, ages [{string.Join(",", e.AgeBands)}], groups {e.TargetGroups}"
            + $"{(e.TargetGroupsAlternativeToDays ? " (alternative)" : "")}, residence {e.ResidenceRequired}, pay subsidy {e.StatePaySubsidy}; "
            + $"amount {a.Mode} {a.MinPercent}-{a.MaxPercent}% of {a.PercentageBase} [{string.Join(",", a.CategoryMaxima.Select(m => $"{m.Category}={m.MaxPercent}"))}] "
            + $"fixed {a.FixedMonthlyAmount} monthly cap {a.MonthlyCap} total cap {a.TotalCap} months {a.MinMonths}-{a.MaxMonths} bonus {a.BonusAmount}/{a.BonusAfterMonths}; "
            + $"conditions employers {c.AllowedEmployers} hours {c.MinimumWeeklyHours} timing {c.ApplicationTiming} {c.ApplyWithinMonths} not for wages {c.NotForWageCosts}");
    }
}
