namespace Tyollisyys.Domain.Process;

public enum DueItemKind
{
    InitialInterview = 1,
    EmploymentPlan = 2,
    SupplementaryConversation = 3,
    JobSearchConversation = 4,
    TypScreening = 5,
    LongTermUnemploymentOnset = 6,
    PlanReview = 7,
    PlanAction = 8,
}

public enum DueItemStatus
{
    /// <summary>A matching event (interview, conversation, plan, screening) has been recorded.</summary>
    Met = 1,

    /// <summary>Due before today and not met.</summary>
    Overdue = 2,

    /// <summary>Due today or within <see cref="DeadlineCalculator.DueSoonDays"/> days.</summary>
    DueSoon = 3,

    /// <summary>Due later than that.</summary>
    Upcoming = 4,

    /// <summary>
    /// A milestone with nothing to do (long-term unemployment onset) whose date has come. Kept apart
    /// from Overdue so the worklist does not blame the counsellor for the calendar.
    /// </summary>
    Reached = 5,
}

/// <summary>
/// One deadline of a client's job-seeker process. <paramref name="Ordinal"/> numbers the conversations
/// (1-based) and is null for one-off items; <paramref name="RuleSet"/> names the rule set that set the date;
/// <paramref name="Subject"/> is what a plan action is about.
/// </summary>
public sealed record DueItem(
    DueItemKind Kind,
    int? Ordinal,
    DateOnly DueDate,
    DueItemStatus Status,
    DateOnly? MetOn,
    string? RuleSet,
    string? Subject = null);
