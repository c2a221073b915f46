using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// A decision's number, KL-YYYY-NNNN: the year of approval and a gapless sequence per municipality and year
/// (the database hands out the sequence; this type only formats and checks it). The sequence has at least four
/// digits and more when needed (KL-2026-10000). Parsing accepts only that canonical form, trimmed and in any case.
/// </summary>
public sealed record KuntalisaDecisionNumber
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    private const string Prefix = "KL-";

    public KuntalisaDecisionNumber(int year, int sequence)
    {
        if (year is < MinYear or > MaxYear || sequence < 1)
        {
            throw new DomainException(
                "Kuntalisa.DecisionNumber.Invalid",
                string.Create(CultureInfo.InvariantCulture, $"A decision number has a year {MinYear}–{MaxYear} and a sequence of at least 1 (got {year}, {sequence})."),
                MinYear,
                MaxYear);
        }

        Year = year;
        Sequence = sequence;
    }

    public int Year { get; }

    public int Sequence { get; }

    public static KuntalisaDecisionNumber Parse(string? input) =>
        TryParse(input, out var number)
            ? number
            : throw new DomainException("Kuntalisa.DecisionNumber.Invalid", "A decision number looks like KL-2026-0042.", MinYear, MaxYear);

    public static bool TryParse(string? input, [NotNullWhen(true)] out KuntalisaDecisionNumber? number)
    {
        number = null;
        var text = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 4 + 1 + 4 || text[Prefix.Length + 4] != '-')
        {
            return false;
        }

        var yearText = text.AsSpan(Prefix.Length, 4);
        var sequenceText = text.AsSpan(Prefix.Length + 5);
        if (!AllDigits(yearText) || !AllDigits(sequenceText) || sequenceText.Length > 9)
        {
            return false;
        }

        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        var sequence = int.Parse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear || sequence < 1)
        {
            return false;
        }

        var candidate = new KuntalisaDecisionNumber(year, sequence);

        // Only the canonical form: "KL-2026-042" and "KL-2026-00042" are typing errors, not the same number.
        if (!string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
        {
            return false;
        }

        number = candidate;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Year}-{Sequence:D4}");

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
