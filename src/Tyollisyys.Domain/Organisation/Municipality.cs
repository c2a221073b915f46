using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Organisation;

/// <summary>Kunta: a member municipality of an employment area. It funds its own kuntalisä.</summary>
public sealed class Municipality
{
    private Municipality()
    {
        Code = NameFi = NameSv = string.Empty;
    }

    public Municipality(int employmentAreaId, string code, string nameFi, string nameSv)
    {
        EmploymentAreaId = employmentAreaId;
        Code = ValidCode(code);
        NameFi = Guard.RequiredText(nameFi, 100, "Organisation.NameRequired", nameof(nameFi));
        NameSv = Guard.RequiredText(nameSv, 100, "Organisation.NameRequired", nameof(nameSv));
        IsActive = true;
    }

    public int Id { get; private set; }

    public int EmploymentAreaId { get; private set; }

    /// <summary>Statistics Finland's three-digit municipality number, e.g. 205 for Kajaani.</summary>
    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public bool IsActive { get; private set; }

    public string Name(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "sv" ? NameSv : NameFi;

    public void Update(string code, string nameFi, string nameSv)
    {
        Code = ValidCode(code);
        NameFi = Guard.RequiredText(nameFi, 100, "Organisation.NameRequired", nameof(nameFi));
        NameSv = Guard.RequiredText(nameSv, 100, "Organisation.NameRequired", nameof(nameSv));
    }

    /// <summary>Municipalities are never deleted (decisions and clients refer to them); they are closed.</summary>
    public void Close() => IsActive = false;

    public void Reopen() => IsActive = true;

    public static bool IsValidCode(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiDigit);

    private static string ValidCode(string code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (!IsValidCode(trimmed))
        {
            throw new DomainException("Municipality.CodeInvalid", "A municipality code is three digits.");
        }

        return trimmed;
    }
}
