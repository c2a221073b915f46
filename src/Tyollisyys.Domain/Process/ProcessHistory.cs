namespace Tyollisyys.Domain.Process;

/// <summary>
/// What has happened in a client's job search, as far as deadlines care: the start date and the dates
/// on which the matching journal entries, plan and screening were recorded. <see cref="UnemployedSince"/>
/// defaults to the job-search start; <see cref="BirthDate"/> is needed only for the TYP screening and
/// long-term-unemployment items, which are left out without it. <see cref="PlanMadeOn"/> is the day the first
/// plan of this job search was agreed.
/// </summary>
public sealed record ProcessHistory(DateOnly JobSearchStart)
{
    public DateOnly? InitialInterviewHeldOn { get; init; }

    public DateOnly? PlanMadeOn { get; init; }

    public IReadOnlyList<DateOnly> SupplementaryConversationsHeldOn { get; init; } = [];

    public IReadOnlyList<DateOnly> JobSearchConversationsHeldOn { get; init; } = [];

    public DateOnly? UnemployedSince { get; init; }

    public DateOnly? BirthDate { get; init; }

    public DateOnly? TypScreeningHeldOn { get; init; }

    /// <summary>The plan versions agreed in this job search, in any order: each one's review is met by the next.</summary>
    public IReadOnlyList<PlanVersionDates> PlanVersions { get; init; } = [];

    /// <summary>The dated actions of the current plan that are still to do or done (cancelled ones are left out).</summary>
    public IReadOnlyList<PlanActionDeadline> PlanActions { get; init; } = [];
}

/// <summary>When a plan version was agreed and when it is to be reviewed.</summary>
public sealed record PlanVersionDates(DateOnly AgreedOn, DateOnly NextReviewDate);

/// <summary>An agreed action's due date; <paramref name="CompletedOn"/> is set when it is done.</summary>
public sealed record PlanActionDeadline(string What, DateOnly DueDate, DateOnly? CompletedOn);
