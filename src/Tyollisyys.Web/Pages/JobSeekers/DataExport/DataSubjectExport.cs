using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Infrastructure.Audit;
using JournalChannel = Tyollisyys.Domain.Journal.ContactChannel;
using TrialChannel = Tyollisyys.Domain.WorkTrials.ContactChannel;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>
/// Everything the register holds on one person, and who has viewed or changed it (the right of access, GDPR art. 15;
/// domain.md §8): the model both the printable page and the JSON file are made from. The property names are the JSON
/// file's, in English and stable (<see cref="FormatName"/> names this shape; a change of shape is a new name): enums as
/// their English names, dates and times ISO-8601. Staff appear by name; other people's data does not appear at all.
/// </summary>
public sealed record DataSubjectExport(
    string Format,
    DateTimeOffset ProducedAt,
    string ProducedBy,
    ExportedPerson Person,
    IReadOnlyList<ExportedSpell> Spells,
    IReadOnlyList<ExportedJournalEntry> JournalEntries,
    IReadOnlyList<ExportedAssessment> CapacityAssessments,
    IReadOnlyList<ExportedPlan> Plans,
    IReadOnlyList<ExportedDecision> KuntalisaDecisions,
    IReadOnlyList<ExportedWorkTrial> WorkTrials,
    IReadOnlyList<ExportedReassignment> Reassignments,
    IReadOnlyList<ExportedAccessLogEntry> AccessLog)
{
    public const string FormatName = "tyollisyys-data-subject-export/1";
}

public sealed record ExportedPerson(
    long Id,
    string CustomerNumber,
    string IdentityCode,
    DateOnly BirthDate,
    string FirstNames,
    string LastName,
    string? Phone,
    string? Email,
    string? StreetAddress,
    string? PostalCode,
    string? PostOffice,
    string HomeMunicipality,
    ServiceLanguage ServiceLanguage,
    string? OtherLanguage,
    EducationLevel EducationLevel,
    string? OccupationGoals,
    bool PartialWorkAbility,
    bool DisabilityOrLongTermIllness,
    bool ImmigrantOrForeignLanguage,
    string Counsellor,
    string Office,
    JobSearchStatus? CurrentStatus,
    DateOnly? UnemployedSince,
    DateTimeOffset RegisteredAt);

public sealed record ExportedSpell(DateOnly StartDate, DateOnly? EndDate, JobSearchStatus Status, SpellEndReason? EndReason);

/// <summary>One version of a journal entry; a corrected entry appears once per version.</summary>
public sealed record ExportedJournalEntry(
    long Id,
    Guid SeriesId,
    int Version,
    JournalEntryType Type,
    JournalChannel? Channel,
    DateOnly OccurredOn,
    string Text,
    bool ContainsHealthInformation,
    string Author,
    DateTimeOffset RecordedAt,
    string? CorrectionReason);

public sealed record ExportedAssessment(long Id, DateOnly AssessedOn, string? Summary, string Author, DateTimeOffset RecordedAt, IReadOnlyList<ExportedRating> Ratings);

public sealed record ExportedRating(string DomainCode, string DomainNameFi, string DomainNameSv, int Rating, string? Observation);

public sealed record ExportedPlan(
    long Id,
    int Version,
    PlanType Type,
    string Goals,
    DateOnly AgreedOn,
    DateOnly NextReviewDate,
    string Author,
    DateTimeOffset SavedAt,
    IReadOnlyList<ExportedPlanAction> Actions,
    IReadOnlyList<ExportedObligationPeriod> ObligationPeriods);

public sealed record ExportedPlanAction(
    string What,
    ActionResponsible Responsible,
    string? OrganisationName,
    DateOnly? DueDate,
    PlanActionStatus Status,
    DateOnly? CompletedOn,
    string? ServiceNameFi,
    string? ServiceNameSv);

public sealed record ExportedObligationPeriod(int Number, DateOnly StartDate, DateOnly EndDate, int JobsRequired, string? ReducedReason);

/// <summary>A kuntalisä decision about the person's employment, with the employer's payment claims.</summary>
public sealed record ExportedDecision(
    long Id,
    string? Number,
    KuntalisaDecisionStatus Status,
    string Municipality,
    string Employer,
    string? EmployerBusinessId,
    DateOnly ApplicationDate,
    DateOnly EmploymentStart,
    DateOnly? EmploymentEnd,
    decimal WeeklyHours,
    decimal GrossMonthlyPay,
    bool HasStatePaySubsidy,
    decimal? GrantedPercent,
    decimal? GrantedMonthlyAmount,
    int? GrantedMonths,
    decimal? GrantedTotal,
    DateOnly? SubsidyStart,
    DateOnly? SubsidyEnd,
    DateOnly? DecidedOn,
    string? RejectionReason,
    string? CancelReason,
    DateOnly? EndedEarlyOn,
    string? EndReason,
    decimal Paid,
    IReadOnlyList<ExportedClaim> Claims);

public sealed record ExportedClaim(DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly ReceivedOn, decimal WagesPaid, decimal Months, decimal PayableAmount, bool IsLate, string? LateReason);

/// <summary>A work trial: the agreement, the follow-up contacts, attendance and the organiser's feedback.</summary>
public sealed record ExportedWorkTrial(
    long Id,
    long? ContinuesTrialId,
    string Organiser,
    string? OrganiserBusinessId,
    WorkTrialGoal Goal,
    string Tasks,
    string SupervisorName,
    DateOnly StartDate,
    DateOnly EndDate,
    int DaysPerWeek,
    decimal HoursPerDay,
    bool OutsideCommutingArea,
    WorkTrialStatus Status,
    DateOnly? StartedOn,
    DateOnly? CompletedOn,
    WorkTrialOutcome? Outcome,
    string? ClosingSummary,
    DateOnly? InterruptedOn,
    string? InterruptionReason,
    IReadOnlyList<ExportedTrialContact> Contacts,
    IReadOnlyList<ExportedAttendance> Attendance,
    ExportedFeedback? Feedback);

public sealed record ExportedTrialContact(DateOnly Date, TrialChannel Channel, WorkTrialContactKind Kind, string WithWhom, string? Notes);

public sealed record ExportedAttendance(int Year, int Month, IReadOnlyList<DateOnly> Dates);

public sealed record ExportedFeedback(DateOnly GivenOn, int Attendance, int WorkSkills, int SocialSkills, int Suitability, bool Recommends, string? Text);

/// <summary>A move to another counsellor, as the audit trail recorded it (the reason the mover gave).</summary>
public sealed record ExportedReassignment(DateTimeOffset At, string By, string Reason);

/// <summary>
/// One row of the audit trail about this person: when, which member of staff (name and roles), what they did to which of
/// the person's records, with what outcome. <see cref="RecordId"/> is given only when it names one of this person's own
/// records listed above (or the person); the trail's paths, addresses and correlation ids are not part of the export.
/// </summary>
public sealed record ExportedAccessLogEntry(
    DateTimeOffset At,
    string Staff,
    IReadOnlyList<string> Roles,
    AuditAction Action,
    string? RecordType,
    string? RecordId,
    AuditOutcome Outcome,
    string? Details);
