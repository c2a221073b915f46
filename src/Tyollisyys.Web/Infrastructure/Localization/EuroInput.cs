using System.Globalization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>
/// Reads a sum of euros as people type it in Finland: "12 500,50", "12500.5", "300 000 €". Spaces (also the
/// no-break and narrow no-break spaces that copied figures carry) group thousands; one comma or point separates
/// at most two decimals. Nothing else is guessed: "12.500,50" or "1,2,3" is refused rather than misread.
/// </summary>
public static class EuroInput
{
    public static bool TryParse(string? text, out decimal amount)
    {
        amount = 0m;
        var compact = new string((text ?? string.Empty).Trim().TrimEnd('€').Where(c => c is not (' ' or '\u00A0' or '\u202F')).ToArray());
        if (compact.Length == 0)
        {
            return false;
        }

        var separator = compact.IndexOfAny([',', '.']);
        var whole = separator < 0 ? compact : compact[..separator];
        var cents = separator < 0 ? string.Empty : compact[(separator + 1)..];
        if (whole.Length is 0 or > 10 || !whole.All(char.IsAsciiDigit)
            || (separator >= 0 && (cents.Length is 0 or > 2 || !cents.All(char.IsAsciiDigit))))
        {
            return false;
        }

        return decimal.TryParse(separator < 0 ? whole : $"{whole}.{cents}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>The sum as the form shows it again: "12 500,50" (plain spaces, so it reads back the same).</summary>
    public static string Format(decimal amount) =>
        amount.ToString("#,##0.00", new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = " ", NumberGroupSizes = [3] });
}
