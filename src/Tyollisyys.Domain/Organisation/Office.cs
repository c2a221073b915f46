using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Organisation;

/// <summary>Toimipiste: a service point in one municipality. Every staff user belongs to one.</summary>
public sealed class Office
{
    private Office()
    {
        Name = string.Empty;
    }

    public Office(int municipalityId, string name, string? address)
    {
        MunicipalityId = municipalityId;
        Name = Guard.RequiredText(name, 200, "Organisation.NameRequired", nameof(name));
        Address = Clean(address);
        IsActive = true;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public string Name { get; private set; }

    public string? Address { get; private set; }

    public bool IsActive { get; private set; }

    public void Update(int municipalityId, string name, string? address)
    {
        MunicipalityId = municipalityId;
        Name = Guard.RequiredText(name, 200, "Organisation.NameRequired", nameof(name));
        Address = Clean(address);
    }

    /// <summary>An office with active staff cannot close; the caller counts them.</summary>
    public void Close(int activeStaffCount)
    {
        if (activeStaffCount > 0)
        {
            throw new DomainException("Office.HasActiveStaff", "An office with active staff cannot be closed.", activeStaffCount);
        }

        IsActive = false;
    }

    public void Reopen() => IsActive = true;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
