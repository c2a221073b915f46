using System.Globalization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>
/// Numbers typed the Finnish way: a decimal comma and spaces between thousands ("70,5", "3 600,00"); a decimal
/// point is accepted too, and a trailing € or % is ignored. A second separator ("3.600,00") is refused rather
/// than guessed at.
/// </summary>
public static class FinnishDecimal
{
    private static readonly NumberFormatInfo InputFormat = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = string.Empty };

    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .TrimEnd('€', '%')
            .Replace('\u2212', '-')
            .Replace('.', ',');
        if (compact.Count(c => c == ',') > 1 || compact.EndsWith(',') || compact.StartsWith(','))
        {
            return false;
        }

        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, InputFormat, out value);
    }

    /// <summary>The parsed value, or null for an empty or unreadable text (validate first).</summary>
    public static decimal? ParseOrNull(string? text) => TryParse(text, out var value) ? value : null;

    /// <summary>A value as the form shows it back: "70,5", "3600".</summary>
    public static string? ForInput(decimal? value) => value?.ToString("0.##", InputFormat);
}
