using System.Diagnostics.CodeAnalysis;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Employers;

/// <summary>
/// Y-tunnus, NNNNNNN-C (domain.md §6). The check digit: the seven digits weighted 7 9 10 5 8 4 2, the sum mod 11;
/// remainder 0 gives 0, remainder 1 is never issued, otherwise 11 − remainder. A legacy six-digit ID is the same
/// company with a leading zero (the zero weighs nothing), so <c>123456-2</c> is stored as <c>0123456-2</c>.
/// Input is trimmed; nothing else is forgiven (no missing hyphen, no inner spaces), because a business ID is
/// usually copied from a document and a lenient parser would hide a mistyped one.
/// </summary>
public sealed record BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value)
    {
        Value = value;
    }

    /// <summary>Always the seven-digit form with hyphen, e.g. 0737546-2.</summary>
    public string Value { get; }

    public static BusinessId Parse(string? input) =>
        TryParse(input, out var id, out var errorKey)
            ? id
            : throw new DomainException(errorKey, $"Invalid business ID ({errorKey}).");

    /// <summary>
    /// Parses a business ID; on failure <paramref name="errorKey"/> says why: <c>Employers.BusinessIdRequired</c>
    /// (blank), <c>Employers.BusinessIdFormat</c> (not 6–7 digits, hyphen, digit) or <c>Employers.BusinessIdCheckDigit</c>
    /// (the check digit does not match, including digits whose remainder is 1, for which no check digit exists).
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out BusinessId? id, out string errorKey)
    {
        id = null;
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            errorKey = "Employers.BusinessIdRequired";
            return false;
        }

        if (text.Length is 8)
        {
            text = "0" + text;
        }

        if (text.Length != 9 || text[7] != '-' || !text[..7].All(char.IsAsciiDigit) || !char.IsAsciiDigit(text[8]))
        {
            errorKey = "Employers.BusinessIdFormat";
            return false;
        }

        if (CheckDigitFor(text[..7]) != text[8] - '0')
        {
            errorKey = "Employers.BusinessIdCheckDigit";
            return false;
        }

        errorKey = string.Empty;
        id = new BusinessId(text);
        return true;
    }

    /// <summary>
    /// The check digit of seven digits, or null when their remainder is 1 (no such business ID exists).
    /// For generating demo and test IDs.
    /// </summary>
    public static int? CheckDigitFor(string sevenDigits)
    {
        ArgumentNullException.ThrowIfNull(sevenDigits);
        if (sevenDigits.Length != 7 || !sevenDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Seven ASCII digits are needed.", nameof(sevenDigits));
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (sevenDigits[i] - '0') * Weights[i];
        }

        return (sum % 11) switch
        {
            0 => 0,
            1 => null,
            var remainder => 11 - remainder,
        };
    }

    public override string ToString() => Value;
}
