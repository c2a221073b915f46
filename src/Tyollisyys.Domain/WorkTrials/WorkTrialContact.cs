namespace Tyollisyys.Domain.WorkTrials;

public enum ContactChannel
{
    Phone = 1,
    Visit = 2,
    Meeting = 3,
    Email = 4,
    Other = 5,
}

/// <summary>What a contact was: a regular follow-up, or one of the expected events (see <see cref="FollowUp"/>).</summary>
public enum WorkTrialContactKind
{
    Regular = 1,
    StartMeeting = 2,
    MidpointVisit = 3,
    EndReview = 4,
}

/// <summary>
/// One follow-up contact logged on a trial (<see cref="WorkTrialAgreement.LogContact"/>). <see cref="Key"/> is the
/// stable handle pages use before the database gives an <see cref="Id"/>.
/// </summary>
public sealed class WorkTrialContact
{
    public const int WithWhomMaxLength = 200;
    public const int NotesMaxLength = 4000;

    private WorkTrialContact()
    {
        WithWhom = string.Empty;
    }

    internal WorkTrialContact(Guid key, DateOnly date, ContactChannel channel, string withWhom, string? notes, WorkTrialContactKind kind)
    {
        Key = key;
        Date = date;
        Channel = channel;
        WithWhom = withWhom;
        Notes = notes;
        Kind = kind;
    }

    public long Id { get; private set; }

    public long WorkTrialId { get; private set; }

    public Guid Key { get; private set; }

    public DateOnly Date { get; private set; }

    public ContactChannel Channel { get; private set; }

    /// <summary>The person contacted: the job-seeker, the supervisor, or both.</summary>
    public string WithWhom { get; private set; }

    public string? Notes { get; private set; }

    public WorkTrialContactKind Kind { get; private set; }
}
