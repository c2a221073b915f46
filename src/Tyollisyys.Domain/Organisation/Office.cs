using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Organisation;

/// <summary>
/// Toimipiste: a service point in one municipality. Every staff user belongs to one. Its caseload target is the
/// number of active clients a counsellor should carry at most (domain.md §1: 80 by default).
/// </summary>
public sealed class Office
{
    public const int DefaultCaseloadTarget = 80;
    public const int MinCaseloadTarget = 1;
    public const int MaxCaseloadTarget = 500;

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
        CaseloadTarget = DefaultCaseloadTarget;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public string Name { get; private set; }

    public string? Address { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Active clients per counsellor the manager's caseload review compares against.</summary>
    public int CaseloadTarget { get; private set; }

    public void Update(int municipalityId, string name, string? address)
    {
        MunicipalityId = municipalityId;
        Name = Guard.RequiredText(name, 200, "Organisation.NameRequired", nameof(name));
        Address = Clean(address);
    }

    public void SetCaseloadTarget(int target)
    {
        if (target is < MinCaseloadTarget or > MaxCaseloadTarget)
        {
            throw new DomainException(
                "Office.CaseloadTargetOutOfRange",
                $"The caseload target must be between {MinCaseloadTarget} and {MaxCaseloadTarget}.",
                MinCaseloadTarget,
                MaxCaseloadTarget);
        }

        CaseloadTarget = target;
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
