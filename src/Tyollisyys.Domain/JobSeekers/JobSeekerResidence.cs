namespace Tyollisyys.Domain.JobSeekers;

/// <summary>
/// Where a job-seeker lived (their home municipality) from one day to another, so that figures for a past period
/// count the client in the municipality they lived in then. The register knows of no earlier home than the one given
/// at registration, so a client's first residence begins on their birth date; a move closes the current residence on
/// the day before it and opens the next one (see <see cref="JobSeeker.UpdateDetails"/>).
/// </summary>
public sealed class JobSeekerResidence
{
    private JobSeekerResidence()
    {
    }

    internal JobSeekerResidence(int municipalityId, DateOnly validFrom)
    {
        MunicipalityId = municipalityId;
        ValidFrom = validFrom;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    public int MunicipalityId { get; private set; }

    /// <summary>The first day lived there.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day lived there (inclusive); null for the current home.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsCurrent => ValidTo is null;

    public bool Covers(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    internal void EndOn(DateOnly lastDay) => ValidTo = lastDay;

    /// <summary>A second change on the day the residence began corrects it rather than adding a one-day home.</summary>
    internal void Relocate(int municipalityId) => MunicipalityId = municipalityId;
}
