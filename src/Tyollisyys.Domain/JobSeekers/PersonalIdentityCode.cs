using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.JobSeekers;

/// <summary>
/// Henkilötunnus, DDMMYYCNNNQ (domain.md §6). The century sign is part of the identity:
/// 010594Y9021 and 010594-9021 are different people. Stored whole, shown masked.
/// Input is trimmed and upper-cased before checking: "010594y902n " and "010594Y902N" are the same code.
/// </summary>
public sealed record PersonalIdentityCode
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private PersonalIdentityCode(string value, DateOnly birthDate, bool isTemporary)
    {
        Value = value;
        BirthDate = birthDate;
        IsTemporary = isTemporary;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Individual numbers 900–999 are temporary codes.</summary>
    public bool IsTemporary { get; }

    /// <summary>Birth date and century sign only, e.g. 010594-****: what lists and most pages show.</summary>
    public string Masked => Value[..7] + "****";

    public static PersonalIdentityCode Parse(string? input) =>
        TryParse(input, out var code, out var errorKey)
            ? code
            : throw new DomainException(errorKey, $"Invalid personal identity code ({errorKey}).");

    public static bool TryParse(string? input, [NotNullWhen(true)] out PersonalIdentityCode? code, out string errorKey)
    {
        code = null;
        var text = (input ?? string.Empty).Trim().ToUpperInvariant();
        if (text.Length == 0)
        {
            errorKey = "IdentityCode.Required";
            return false;
        }

        if (text.Length != 11 || !text[..6].All(char.IsAsciiDigit) || !text[7..10].All(char.IsAsciiDigit))
        {
            errorKey = "IdentityCode.Format";
            return false;
        }

        var century = CenturyOf(text[6]);
        if (century is null)
        {
            errorKey = "IdentityCode.CenturySign";
            return false;
        }

        var day = Number(text, 0, 2);
        var month = Number(text, 2, 2);
        var year = century.Value + Number(text, 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errorKey = "IdentityCode.Date";
            return false;
        }

        var individual = Number(text, 7, 3);
        if (individual < 2)
        {
            errorKey = "IdentityCode.IndividualNumber";
            return false;
        }

        var checkIndex = int.Parse(string.Concat(text.AsSpan(0, 6), text.AsSpan(7, 3)), CultureInfo.InvariantCulture) % 31;
        if (text[10] != CheckCharacters[checkIndex])
        {
            errorKey = "IdentityCode.CheckCharacter";
            return false;
        }

        errorKey = string.Empty;
        code = new PersonalIdentityCode(text, new DateOnly(year, month, day), individual >= 900);
        return true;
    }

    /// <summary>The check character for a date part and individual number, for generating test and demo codes.</summary>
    public static char CheckCharacterFor(string datePart, int individualNumber) =>
        CheckCharacters[int.Parse(datePart + individualNumber.ToString("000", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) % 31];

    public override string ToString() => Masked;

    private static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
