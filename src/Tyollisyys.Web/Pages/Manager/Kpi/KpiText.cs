using System.Globalization;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kpi;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>How figures, targets and periods read on the page and in the CSV: Finnish numbers whatever the UI language.</summary>
public static class KpiText
{
    public static string Name(IStringLocalizer t, KpiCode code) => t[$"Kpi.{code}.Name"];

    public static string How(IStringLocalizer t, KpiCode code) => t[$"Kpi.{code}.How"];

    /// <summary>"25,0 %", "12", "4,5", or "–" when there is no figure.</summary>
    public static string Value(KpiDefinition definition, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (value is not { } v)
        {
            return "–";
        }

        return definition.Unit == KpiUnit.Percent ? Number(v) + "\u00A0%" : Number(v);
    }

    private static readonly NumberFormatInfo Finnish = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3], NegativeSign = "\u2212" };

    /// <summary>At most one decimal, with a decimal comma: "66,7", "25", "1\u00A0250".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.#", Finnish);

    /// <summary>"2026", "Q1/2026", "maaliskuu 2026" in the UI language.</summary>
    public static string Period(IStringLocalizer t, KpiPeriod period)
    {
        ArgumentNullException.ThrowIfNull(t);
        return period.Kind switch
        {
            KpiPeriodKind.Year => period.Year.ToString(CultureInfo.InvariantCulture),
            KpiPeriodKind.Quarter => t["Kpi.QuarterLabel", period.Number, period.Year],
            _ => string.Create(CultureInfo.InvariantCulture, $"{CultureInfo.CurrentUICulture.DateTimeFormat.GetMonthName(period.Number)} {period.Year}"),
        };
    }

    /// <summary>Short labels for the chart's axis: "2026", "Q1/26", "3/26".</summary>
    public static string ShortPeriod(KpiPeriod period) => period.Kind switch
    {
        KpiPeriodKind.Year => period.Year.ToString(CultureInfo.InvariantCulture),
        KpiPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{period.Number}/{period.Year % 100:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{period.Number}/{period.Year % 100:00}"),
    };

    public static string Met(IStringLocalizer t, bool? met) => met switch
    {
        true => t["Kpi.MetYes"],
        false => t["Kpi.MetNo"],
        null => t["Kpi.MetUnknown"],
    };
}
