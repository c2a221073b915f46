using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Domain.Kpi;

/// <summary>One job-search spell, as the figures read it; <paramref name="End"/> is the last day (inclusive) or null while open.</summary>
public sealed record KpiSpell(DateOnly Start, DateOnly? End, JobSearchStatus Status)
{
    public bool Covers(DateOnly day) => Start <= day && (End is null || day <= End);
}

/// <summary>Where the client lived from <paramref name="From"/> to <paramref name="To"/> (inclusive; null: still).</summary>
public sealed record KpiResidence(int MunicipalityId, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}

/// <summary>A client with what the figures need: birth date (age), counsellor (now), homes over time and spells.</summary>
public sealed record KpiClient(long Id, DateOnly BirthDate, Guid CounsellorId, IReadOnlyList<KpiResidence> Residences, IReadOnlyList<KpiSpell> Spells)
{
    public int? MunicipalityOn(DateOnly day) => Residences.FirstOrDefault(r => r.Covers(day))?.MunicipalityId;

    public KpiSpell? SpellOn(DateOnly day) => Spells.FirstOrDefault(s => s.Covers(day));

    public bool IsUnder25On(DateOnly day) => JobSeekerFacts.AgeOn(BirthDate, day) < 25;
}

/// <summary>One agreed plan version.</summary>
public sealed record KpiPlan(long ClientId, int Version, DateOnly AgreedOn, DateOnly NextReviewDate);

/// <summary>An initial interview held (the current version of a journal entry of that type).</summary>
public sealed record KpiInterview(long ClientId, DateOnly HeldOn);

/// <summary>A kuntalisä decision of a municipality: its status, approval day and year, and what it commits now.</summary>
public sealed record KpiDecision(int MunicipalityId, long ClientId, KuntalisaDecisionStatus Status, DateOnly? DecidedOn, int? NumberYear, decimal Committed);

/// <summary>A work trial's status, completion day and outcome.</summary>
public sealed record KpiTrial(long ClientId, WorkTrialStatus Status, DateOnly? CompletedOn, WorkTrialOutcome? Outcome);

/// <summary>
/// Everything the figures are computed from, as plain records; <see cref="InterviewDue"/> gives the initial
/// interview's deadline for a job search starting on a day (null when no rule set asks one: see
/// <see cref="KpiInterviewDeadline"/>).
/// </summary>
public sealed record KpiDataset(
    IReadOnlyList<KpiClient> Clients,
    IReadOnlyList<KpiPlan> Plans,
    IReadOnlyList<KpiInterview> Interviews,
    IReadOnlyList<KpiDecision> Decisions,
    IReadOnlyList<KpiTrial> Trials,
    Func<DateOnly, DateOnly?> InterviewDue);
