using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Capacity;

/// <summary>
/// One ICF-based area of functional capacity that assessments rate (physical, mental, …). Admins keep the
/// list; a domain once used is never deleted, only deactivated, so old assessments keep their meaning.
/// </summary>
public sealed class CapacityDomain
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 100;

    private CapacityDomain()
    {
        Code = NameFi = NameSv = NameEn = string.Empty;
    }

    public CapacityDomain(string code, string nameFi, string nameSv, string nameEn, int ordinal)
        : this()
    {
        Code = ValidCode(code);
        Rename(nameFi, nameSv, nameEn, ordinal);
        IsActive = true;
    }

    public int Id { get; private set; }

    /// <summary>A stable identifier such as "physical": lower-case letters, digits, '-' and '_'.</summary>
    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Position in forms and tables, smallest first.</summary>
    public int Ordinal { get; private set; }

    public bool IsActive { get; private set; }

    public void Rename(string nameFi, string nameSv, string nameEn, int ordinal)
    {
        NameFi = Guard.RequiredText(nameFi, MaxNameLength, "Capacity.DomainNameRequired", nameof(nameFi));
        NameSv = Guard.RequiredText(nameSv, MaxNameLength, "Capacity.DomainNameRequired", nameof(nameSv));
        NameEn = Guard.RequiredText(nameEn, MaxNameLength, "Capacity.DomainNameRequired", nameof(nameEn));
        if (ordinal is < 0 or > 9999)
        {
            throw new DomainException("Capacity.OrdinalInvalid", "The ordinal must be between 0 and 9999.");
        }

        Ordinal = ordinal;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>The name in the given UI language: Swedish, English, otherwise Finnish.</summary>
    public string Name(CultureInfo culture) => NameIn(culture, NameFi, NameSv, NameEn);

    public static string NameIn(CultureInfo culture, string nameFi, string nameSv, string nameEn) =>
        culture.TwoLetterISOLanguageName switch
        {
            "sv" => nameSv,
            "en" => nameEn,
            _ => nameFi,
        };

    private static string ValidCode(string code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxCodeLength || !trimmed.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
        {
            throw new DomainException("Capacity.CodeInvalid", "A domain code is 1–50 lower-case letters a–z, digits, '-' or '_'.");
        }

        return trimmed;
    }
}
