using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.JobSeekers;

/// <summary>
/// Työnhakija: a registered job-seeker, their contact and target-group facts, their assigned counsellor
/// and office, and their job-search spells. The current status and the start of the current unemployment
/// run are kept on the record (see <see cref="Refresh"/>) so that lists can filter them with an index.
/// </summary>
public sealed class JobSeeker
{
    private readonly List<JobSearchSpell> _spells = [];
    private readonly List<JobSeekerResidence> _residences = [];

    private JobSeeker()
    {
        IdentityCode = string.Empty;
        CustomerNumber = FirstNames = LastName = NameKey = FirstNameKey = string.Empty;
    }

    private JobSeeker(PersonalIdentityCode identityCode, string customerNumber, PersonDetails details, Guid counsellorId, int officeId)
        : this()
    {
        IdentityCode = identityCode.Value;
        BirthDate = identityCode.BirthDate;
        CustomerNumber = customerNumber;
        Apply(details);
        CounsellorId = counsellorId;
        OfficeId = officeId;
        _residences.Add(new JobSeekerResidence(HomeMunicipalityId, BirthDate));
    }

    public long Id { get; private set; }

    /// <summary>The whole henkilötunnus, century sign included. Show <see cref="PersonalIdentityCode.Masked"/> instead.</summary>
    public string IdentityCode { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public string CustomerNumber { get; private set; }

    public string FirstNames { get; private set; }

    public string LastName { get; private set; }

    /// <summary>"last first", lower-cased in C#: the indexed prefix-search key (independent of the database's locale).</summary>
    public string NameKey { get; private set; }

    /// <summary>"first last", lower-cased: lets a search start from the first name too.</summary>
    public string FirstNameKey { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? StreetAddress { get; private set; }

    public string? PostalCode { get; private set; }

    public string? PostOffice { get; private set; }

    public int HomeMunicipalityId { get; private set; }

    public ServiceLanguage ServiceLanguage { get; private set; }

    public string? OtherLanguage { get; private set; }

    public EducationLevel EducationLevel { get; private set; }

    public string? OccupationGoals { get; private set; }

    public bool PartialWorkAbility { get; private set; }

    /// <summary>Sensitive (health): shown only to the client's own counsellor and to managers.</summary>
    public bool DisabilityOrLongTermIllness { get; private set; }

    public bool ImmigrantOrForeignLanguage { get; private set; }

    public Guid CounsellorId { get; private set; }

    public int OfficeId { get; private set; }

    public JobSearchStatus? CurrentStatus { get; private set; }

    /// <summary>First day of the current continuous unemployment run; null when not unemployed now.</summary>
    public DateOnly? UnemployedSince { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<JobSearchSpell> Spells => _spells;

    /// <summary>The home municipalities over time; load them before <see cref="UpdateDetails"/>.</summary>
    public IReadOnlyList<JobSeekerResidence> Residences => _residences;

    public string FullName => $"{LastName} {FirstNames}";

    public PersonalIdentityCode Code => PersonalIdentityCode.Parse(IdentityCode);

    public JobSearchSpell? CurrentSpell => _spells.FirstOrDefault(s => s.IsOpen);

    public static JobSeeker Register(
        PersonalIdentityCode identityCode,
        string customerNumber,
        PersonDetails details,
        Guid counsellorId,
        int officeId,
        DateOnly spellStart,
        JobSearchStatus status,
        DateTimeOffset now)
    {
        var jobSeeker = new JobSeeker(identityCode, customerNumber, details, counsellorId, officeId) { CreatedAt = now };
        jobSeeker.StartSpell(spellStart, status);
        return jobSeeker;
    }

    /// <summary>
    /// Saves edited details. A changed home municipality is a move on <paramref name="changedOn"/>: the residence
    /// history is closed the day before and continues in the new municipality, so figures for past periods keep
    /// counting the client where they lived then. The open job-search spell is left as it is: a move does not start a
    /// new job search (its deadlines run on), it only changes where the client counts from that day.
    /// </summary>
    public void UpdateDetails(PersonDetails details, DateOnly changedOn)
    {
        var before = HomeMunicipalityId;
        Apply(details);
        if (HomeMunicipalityId != before)
        {
            RecordMove(changedOn);
        }
    }

    /// <summary>The home municipality on <paramref name="day"/>; null before the first recorded residence.</summary>
    public int? MunicipalityOn(DateOnly day) => _residences.FirstOrDefault(r => r.Covers(day))?.MunicipalityId;

    public void StartSpell(DateOnly startDate, JobSearchStatus status)
    {
        if (CurrentSpell is not null)
        {
            throw new DomainException("Spell.AlreadyOpen", "End the current spell before starting a new one.");
        }

        var lastEnd = _spells.Where(s => s.EndDate is not null).Select(s => s.EndDate!.Value).DefaultIfEmpty(DateOnly.MinValue).Max();
        if (startDate <= lastEnd)
        {
            throw new DomainException("Spell.OverlapsPrevious", "A new spell must start after the previous one ended.", lastEnd);
        }

        var spell = new JobSearchSpell(startDate, status);
        spell.BelongsToRunFrom(status.CountsAsUnemployed() ? RunStart(spell) : null);
        _spells.Add(spell);
        Refresh();
    }

    public void EndCurrentSpell(DateOnly endDate, SpellEndReason reason)
    {
        var current = CurrentSpell ?? throw new DomainException("Spell.NoneOpen", "There is no open spell to end.");
        current.End(endDate, reason);
        Refresh();
    }

    public void AssignTo(Guid counsellorId, int officeId)
    {
        CounsellorId = counsellorId;
        OfficeId = officeId;
    }

    /// <summary>Recomputes the stored current status and unemployment start from the spells.</summary>
    private void Refresh()
    {
        var current = CurrentSpell;
        CurrentStatus = current?.Status;
        UnemployedSince = current is not null && current.Status.CountsAsUnemployed() ? RunStart(current) : null;
    }

    private void RecordMove(DateOnly day)
    {
        var current = _residences.SingleOrDefault(r => r.IsCurrent)
            ?? throw new InvalidOperationException("Load the client's residences before changing the home municipality.");
        if (current.ValidFrom >= day)
        {
            current.Relocate(HomeMunicipalityId);
            return;
        }

        current.EndOn(day.AddDays(-1));
        _residences.Add(new JobSeekerResidence(HomeMunicipalityId, day));
    }

    /// <summary>Walks back over unemployed spells that follow each other without a gap.</summary>
    private DateOnly RunStart(JobSearchSpell current)
    {
        var start = current.StartDate;
        foreach (var earlier in _spells.Where(s => s.EndDate is not null).OrderByDescending(s => s.StartDate))
        {
            if (earlier.StartDate >= start)
            {
                continue;
            }

            if (!earlier.Status.CountsAsUnemployed() || earlier.EndDate!.Value.AddDays(1) < start)
            {
                break;
            }

            start = earlier.StartDate;
        }

        return start;
    }

    private void Apply(PersonDetails details)
    {
        FirstNames = Guard.RequiredText(details.FirstNames, 100, "JobSeeker.FirstNamesRequired", nameof(details.FirstNames));
        LastName = Guard.RequiredText(details.LastName, 100, "JobSeeker.LastNameRequired", nameof(details.LastName));
        NameKey = SearchKey($"{LastName} {FirstNames}");
        FirstNameKey = SearchKey($"{FirstNames} {LastName}");
        Phone = Clean(details.Phone);
        Email = Clean(details.Email);
        StreetAddress = Clean(details.StreetAddress);
        PostalCode = Clean(details.PostalCode);
        PostOffice = Clean(details.PostOffice);
        HomeMunicipalityId = details.HomeMunicipalityId;
        ServiceLanguage = details.ServiceLanguage;
        OtherLanguage = details.ServiceLanguage == ServiceLanguage.Other
            ? Guard.RequiredText(details.OtherLanguage, 50, "JobSeeker.OtherLanguageRequired", nameof(details.OtherLanguage))
            : null;
        EducationLevel = details.EducationLevel;
        OccupationGoals = Clean(details.OccupationGoals);
        PartialWorkAbility = details.PartialWorkAbility;
        DisabilityOrLongTermIllness = details.DisabilityOrLongTermIllness;
        ImmigrantOrForeignLanguage = details.ImmigrantOrForeignLanguage;
    }

    /// <summary>Lower-cased with the invariant culture: Ä, Ö and Å stay themselves, so "äkä" finds "Äkäslompolo".</summary>
    public static string SearchKey(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
