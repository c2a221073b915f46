using System.Globalization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// Työkokeilusopimus: a written three-party agreement (job-seeker, counsellor, organiser) and the trial it governs
/// (domain.md §5). Draft → Signed (when the third signature is recorded) → Ongoing (<see cref="Start"/>, not before
/// the start date) → Completed (<see cref="Complete"/>, with an outcome and the closing summary) or Interrupted
/// (<see cref="Interrupt"/>, from Signed or Ongoing, with a reason). Only a draft may be edited, and an edit that
/// changes anything clears the signatures already given (they were given to the old text). An interrupted trial may
/// be continued at another workplace: <see cref="ContinueAfterInterruption"/> creates a draft linked to it through
/// <see cref="ContinuesTrialId"/>. Every method refuses the statuses it does not belong to with
/// <c>WorkTrials.Agreement.IllegalTransition</c> (args: the status, the <see cref="WorkTrialAction"/>), and every
/// refusal leaves the agreement as it was. The limits (<see cref="WorkTrialLimits"/>) concern the person's other
/// trials, so the caller checks them when a draft is saved.
/// </summary>
public sealed partial class WorkTrialAgreement
{
    public const int MinDaysPerWeek = 1;
    public const int MaxDaysPerWeek = 5;
    public const decimal MinHoursPerDay = 4m;
    public const decimal MaxHoursPerDay = 8m;
    public const int SupervisorNameMaxLength = 200;
    public const int PhoneMaxLength = 50;
    public const int EmailMaxLength = 254;
    public const int TasksMaxLength = 4000;
    public const int ContactPlanMaxLength = 4000;
    public const int ReasonMaxLength = 2000;
    public const int ClosingSummaryMaxLength = 8000;

    private readonly List<WorkTrialContact> _contacts = [];
    private readonly List<AttendanceMonth> _attendance = [];

    private WorkTrialAgreement()
    {
        SupervisorName = string.Empty;
        Tasks = string.Empty;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    /// <summary>The organiser: an employer in the registry that may organise a work trial (never a private person).</summary>
    public int OrganiserId { get; private set; }

    /// <summary>The interrupted trial this one continues at another workplace; null for a first trial.</summary>
    public long? ContinuesTrialId { get; private set; }

    public WorkTrialGoal Goal { get; private set; }

    public string SupervisorName { get; private set; }

    public string? SupervisorPhone { get; private set; }

    public string? SupervisorEmail { get; private set; }

    public string Tasks { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The last day of the trial as agreed (inclusive).</summary>
    public DateOnly EndDate { get; private set; }

    public int DaysPerWeek { get; private set; }

    public decimal HoursPerDay { get; private set; }

    public string? ContactPlan { get; private set; }

    /// <summary>The workplace lies outside the person's commuting area: the higher expense allowance applies.</summary>
    public bool OutsideCommutingArea { get; private set; }

    public DateOnly? JobSeekerSignedOn { get; private set; }

    public DateOnly? CounsellorSignedOn { get; private set; }

    public DateOnly? OrganiserSignedOn { get; private set; }

    public WorkTrialStatus Status { get; private set; }

    /// <summary>The day <see cref="Start"/> was recorded (on or after <see cref="StartDate"/>).</summary>
    public DateOnly? StartedOn { get; private set; }

    /// <summary>The last day of a completed trial (before <see cref="EndDate"/> when it ended early).</summary>
    public DateOnly? CompletedOn { get; private set; }

    public WorkTrialOutcome? Outcome { get; private set; }

    public string? ClosingSummary { get; private set; }

    /// <summary>The last day of an interrupted trial.</summary>
    public DateOnly? InterruptedOn { get; private set; }

    public string? InterruptionReason { get; private set; }

    public DateOnly? FeedbackGivenOn { get; private set; }

    public int? FeedbackAttendance { get; private set; }

    public int? FeedbackWorkSkills { get; private set; }

    public int? FeedbackSocialSkills { get; private set; }

    public int? FeedbackSuitability { get; private set; }

    public bool? FeedbackRecommends { get; private set; }

    public string? FeedbackText { get; private set; }

    public IReadOnlyList<WorkTrialContact> Contacts => _contacts;

    public IReadOnlyList<AttendanceMonth> Attendance => _attendance;

    public WorkplaceSupervisor Supervisor => new(SupervisorName, SupervisorPhone, SupervisorEmail);

    public WorkTrialDetails Details =>
        new(Supervisor, Tasks, StartDate, EndDate, DaysPerWeek, HoursPerDay, ContactPlan, OutsideCommutingArea);

    /// <summary>The organiser's feedback; null until recorded.</summary>
    public EmployerFeedback? Feedback => FeedbackGivenOn is { } givenOn
        ? new EmployerFeedback(givenOn, FeedbackAttendance!.Value, FeedbackWorkSkills!.Value, FeedbackSocialSkills!.Value, FeedbackSuitability!.Value, FeedbackRecommends!.Value, FeedbackText)
        : null;

    /// <summary>
    /// The last day the trial runs or ran: the interruption date, the completion date when it came before the end
    /// date, otherwise <see cref="EndDate"/>. A trial interrupted before it began ends before it starts (0 days).
    /// </summary>
    public DateOnly EffectiveEnd
    {
        get
        {
            var end = InterruptedOn ?? CompletedOn ?? EndDate;
            return end < EndDate ? end : EndDate;
        }
    }

    /// <summary>The period the limits count: the organiser, the start date and <see cref="EffectiveEnd"/>.</summary>
    public WorkTrialPeriod Period => new(OrganiserId, StartDate, EffectiveEnd);

    public bool IsSignedBy(WorkTrialParty party) => SignedOn(party) is not null;

    public DateOnly? SignedOn(WorkTrialParty party) => party switch
    {
        WorkTrialParty.JobSeeker => JobSeekerSignedOn,
        WorkTrialParty.Counsellor => CounsellorSignedOn,
        WorkTrialParty.Organiser => OrganiserSignedOn,
        _ => throw new ArgumentOutOfRangeException(nameof(party)),
    };

    /// <summary>A new draft. <paramref name="organiserType"/> is the organiser's <see cref="EmployerType"/> from the registry.</summary>
    public static WorkTrialAgreement Draft(
        long jobSeekerId,
        int organiserId,
        EmployerType organiserType,
        WorkTrialGoal goal,
        WorkTrialDetails details)
    {
        var trial = new WorkTrialAgreement
        {
            JobSeekerId = jobSeekerId,
            Status = WorkTrialStatus.Draft,
        };
        trial.Apply(organiserId, organiserType, goal, details);
        return trial;
    }

    /// <summary>Replaces the draft's organiser, goal and details; if anything changed, the signatures given so far are cleared.</summary>
    public void UpdateDraft(int organiserId, EmployerType organiserType, WorkTrialGoal goal, WorkTrialDetails details)
    {
        Require(WorkTrialAction.UpdateDraft, WorkTrialStatus.Draft);
        var before = (OrganiserId, Goal, Details);
        Apply(organiserId, organiserType, goal, details);
        if (before != (OrganiserId, Goal, Details))
        {
            JobSeekerSignedOn = null;
            CounsellorSignedOn = null;
            OrganiserSignedOn = null;
        }
    }

    /// <summary>
    /// Records one party's signature. A party signs once; the agreement is signed before the trial starts (on the
    /// start date at the latest). The third signature makes the agreement <see cref="WorkTrialStatus.Signed"/>.
    /// </summary>
    public void Sign(WorkTrialParty party, DateOnly signedOn)
    {
        Require(WorkTrialAction.Sign, WorkTrialStatus.Draft);
        if (SignedOn(party) is { } earlier)
        {
            throw new DomainException(
                "WorkTrials.Agreement.AlreadySigned",
                string.Create(CultureInfo.InvariantCulture, $"The {party} already signed on {earlier:yyyy-MM-dd}."),
                party,
                earlier);
        }

        if (signedOn > StartDate)
        {
            throw new DomainException(
                "WorkTrials.Agreement.SignedAfterStart",
                string.Create(CultureInfo.InvariantCulture, $"The agreement is signed before the trial starts; {signedOn:yyyy-MM-dd} is after the start date {StartDate:yyyy-MM-dd}."),
                signedOn,
                StartDate);
        }

        switch (party)
        {
            case WorkTrialParty.JobSeeker:
                JobSeekerSignedOn = signedOn;
                break;
            case WorkTrialParty.Counsellor:
                CounsellorSignedOn = signedOn;
                break;
            default:
                OrganiserSignedOn = signedOn;
                break;
        }

        if (JobSeekerSignedOn is not null && CounsellorSignedOn is not null && OrganiserSignedOn is not null)
        {
            Status = WorkTrialStatus.Signed;
        }
    }

    /// <summary>Starts a signed trial on <paramref name="today"/>: not before the start date, not after the end date.</summary>
    public void Start(DateOnly today)
    {
        if (Status == WorkTrialStatus.Draft)
        {
            var missing = Enum.GetValues<WorkTrialParty>().Count(p => !IsSignedBy(p));
            throw new DomainException(
                "WorkTrials.Agreement.NotSigned",
                string.Create(CultureInfo.InvariantCulture, $"A trial starts only when all three parties have signed; {missing} signature(s) missing."),
                missing);
        }

        Require(WorkTrialAction.Start, WorkTrialStatus.Signed);
        if (today < StartDate)
        {
            throw new DomainException(
                "WorkTrials.Agreement.StartBeforeStartDate",
                string.Create(CultureInfo.InvariantCulture, $"The trial cannot start on {today:yyyy-MM-dd}, before its start date {StartDate:yyyy-MM-dd}."),
                today,
                StartDate);
        }

        if (today > EndDate)
        {
            throw new DomainException(
                "WorkTrials.Agreement.StartAfterEndDate",
                string.Create(CultureInfo.InvariantCulture, $"The trial cannot start on {today:yyyy-MM-dd}, after its end date {EndDate:yyyy-MM-dd}."),
                today,
                EndDate);
        }

        Status = WorkTrialStatus.Ongoing;
        StartedOn = today;
    }

    private void Apply(int organiserId, EmployerType organiserType, WorkTrialGoal goal, WorkTrialDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(details.Supervisor);
        if (!Enum.IsDefined(goal))
        {
            throw new ArgumentOutOfRangeException(nameof(goal));
        }

        if (!organiserType.MayOrganiseWorkTrial())
        {
            throw new DomainException(
                "WorkTrials.Agreement.OrganiserNotAllowed",
                $"A {organiserType} cannot organise a work trial.",
                organiserType);
        }

        var name = Guard.RequiredText(details.Supervisor.Name, SupervisorNameMaxLength, "WorkTrials.Agreement.SupervisorRequired", "Supervisor name");
        var phone = Text.Optional(details.Supervisor.Phone, PhoneMaxLength, "Supervisor phone");
        var email = Text.Optional(details.Supervisor.Email, EmailMaxLength, "Supervisor e-mail");
        var tasks = Guard.RequiredText(details.Tasks, TasksMaxLength, "WorkTrials.Agreement.TasksRequired", "Tasks");
        var plan = Text.Optional(details.ContactPlan, ContactPlanMaxLength, "Contact plan");

        if (details.EndDate < details.StartDate)
        {
            throw new DomainException(
                "WorkTrials.Agreement.EndBeforeStart",
                string.Create(CultureInfo.InvariantCulture, $"The trial cannot end ({details.EndDate:yyyy-MM-dd}) before it starts ({details.StartDate:yyyy-MM-dd})."),
                details.StartDate,
                details.EndDate);
        }

        if (details.DaysPerWeek is < MinDaysPerWeek or > MaxDaysPerWeek)
        {
            throw new DomainException(
                "WorkTrials.Agreement.InvalidDaysPerWeek",
                string.Create(CultureInfo.InvariantCulture, $"A trial has {MinDaysPerWeek}–{MaxDaysPerWeek} days a week (got {details.DaysPerWeek})."),
                MinDaysPerWeek,
                MaxDaysPerWeek,
                details.DaysPerWeek);
        }

        if (details.HoursPerDay is < MinHoursPerDay or > MaxHoursPerDay)
        {
            throw new DomainException(
                "WorkTrials.Agreement.InvalidHoursPerDay",
                string.Create(CultureInfo.InvariantCulture, $"A trial day has {MinHoursPerDay}–{MaxHoursPerDay} hours (got {details.HoursPerDay})."),
                MinHoursPerDay,
                MaxHoursPerDay,
                details.HoursPerDay);
        }

        // Assigned only after every check, so a refused edit leaves the draft as it was.
        OrganiserId = organiserId;
        Goal = goal;
        SupervisorName = name;
        SupervisorPhone = phone;
        SupervisorEmail = email;
        Tasks = tasks;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        DaysPerWeek = details.DaysPerWeek;
        HoursPerDay = details.HoursPerDay;
        ContactPlan = plan;
        OutsideCommutingArea = details.OutsideCommutingArea;
    }

    private void Require(WorkTrialAction action, params WorkTrialStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(
                "WorkTrials.Agreement.IllegalTransition",
                $"A work trial that is {Status} does not allow {action}.",
                Status,
                action);
        }
    }
}
