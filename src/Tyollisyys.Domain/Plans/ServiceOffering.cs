using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Plans;

/// <summary>
/// Palvelu: a service in the catalogue that admins maintain (e.g. Työnhakuvalmennus), which a plan action may
/// name. A service is deactivated, never deleted, so old plan versions keep showing it.
/// </summary>
public sealed class ServiceOffering
{
    public const int NameMaxLength = 200;

    private ServiceOffering()
    {
        NameFi = NameSv = NameEn = string.Empty;
    }

    public ServiceOffering(string nameFi, string nameSv, string nameEn, string? provider)
        : this()
    {
        Update(nameFi, nameSv, nameEn, provider);
        IsActive = true;
    }

    public int Id { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string NameEn { get; private set; }

    public string? Provider { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(string nameFi, string nameSv, string nameEn, string? provider)
    {
        NameFi = Guard.RequiredText(nameFi, NameMaxLength, "Services.NameFiRequired", nameof(nameFi));
        NameSv = Guard.RequiredText(nameSv, NameMaxLength, "Services.NameSvRequired", nameof(nameSv));
        NameEn = Guard.RequiredText(nameEn, NameMaxLength, "Services.NameEnRequired", nameof(nameEn));
        var trimmed = provider?.Trim();
        if (trimmed?.Length > NameMaxLength)
        {
            throw new DomainException("Validation.TooLong", "The provider's name is too long.", NameMaxLength);
        }

        Provider = string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;

    /// <summary>The name in the language code given ("fi", "sv", "en"); Finnish otherwise.</summary>
    public string NameIn(string language) => language switch
    {
        "sv" => NameSv,
        "en" => NameEn,
        _ => NameFi,
    };
}
