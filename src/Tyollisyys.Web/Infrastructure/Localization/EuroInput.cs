using System.Globalization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>
/// Reads a sum of euros as people type it in Finland: "12 500,50", "12500.5", "300 000 €". Spaces (also the
/// no-break and narrow no-break spaces that copied figures carry) group thousands; one comma or point separates
/// at most two decimals. Nothing else is guessed: "12.500,50" or "1,2,3" is refused rather than misread.
/// </summary>
public static class EuroInput
{
    /// <summary>Ten digits of euros: far above any sum this register handles, so only typing errors fall outside.</summary>
    private const decimal Limit = 10_000_000_000m;

    public static bool TryParse(string? text, out decimal amount)
    {
        // One reading of Finnish numbers (FinnishDecimal); a sum of money adds: not negative, whole cents, no percent.
        amount = 0m;
        if (text is null || text.Contains('%', StringComparison.Ordinal)
            || !FinnishDecimal.TryParse(text, out var value)
            || value < 0 || value >= Limit || decimal.Round(value, 2) != value)
        {
            return false;
        }

        amount = value;
        return true;
    }

    /// <summary>The sum as the form shows it again: "12 500,50" (plain spaces, so it reads back the same).</summary>
    public static string Format(decimal amount) =>
        amount.ToString("#,##0.00", new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = " ", NumberGroupSizes = [3] });
}
