namespace Tyollisyys.Domain.Process;

/// <summary>
/// What has happened in a client's job search, as far as deadlines care: the start date and the dates
/// on which the matching journal entries, plan and screening were recorded. <see cref="UnemployedSince"/>
/// defaults to the job-search start; <see cref="BirthDate"/> is needed only for the TYP screening and
/// long-term-unemployment items, which are left out without it.
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
}
