using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Process;

/// <summary>
/// The legal rhythm of the job-seeker process from one date on (domain.md §3). Kept as data so that
/// a change in the law is a new rule set with a later <see cref="EffectiveFrom"/>, not a code change.
/// </summary>
public sealed record ProcessRuleSet
{
    public ProcessRuleSet(
        string name,
        DateOnly effectiveFrom,
        int initialInterviewWorkingDays,
        SupplementaryConversationRule? supplementaryConversations,
        int jobSearchConversationIntervalMonths)
    {
        Name = Guard.RequiredText(name, 100, "ProcessRules.NameRequired", "Name");
        if (initialInterviewWorkingDays < 0)
        {
            throw new DomainException(
                "ProcessRules.InvalidInitialInterviewDays", "The initial interview deadline cannot be negative.");
        }

        if (jobSearchConversationIntervalMonths < 1)
        {
            throw new DomainException(
                "ProcessRules.InvalidConversationInterval", "Job-search conversations need an interval of at least one month.");
        }

        EffectiveFrom = effectiveFrom;
        InitialInterviewWorkingDays = initialInterviewWorkingDays;
        SupplementaryConversations = supplementaryConversations;
        JobSearchConversationIntervalMonths = jobSearchConversationIntervalMonths;
    }

    /// <summary>The rules of 1.1.2025: 5 working days; 5 + 2 supplementary conversations; every 3 months.</summary>
    public static ProcessRuleSet Rules2025 { get; } = new(
        "2025",
        new DateOnly(2025, 1, 1),
        initialInterviewWorkingDays: 5,
        new SupplementaryConversationRule(initialCount: 5, initialMonths: 3, laterCount: 2, laterAfterMonths: 6, laterWindowMonths: 1),
        jobSearchConversationIntervalMonths: 3);

    /// <summary>The rules of 1.1.2026: 10 working days; supplementary conversations by need; every 3 months.</summary>
    public static ProcessRuleSet Rules2026 { get; } = new(
        "2026",
        new DateOnly(2026, 1, 1),
        initialInterviewWorkingDays: 10,
        supplementaryConversations: null,
        jobSearchConversationIntervalMonths: 3);

    public string Name { get; }

    public DateOnly EffectiveFrom { get; }

    /// <summary>Working days from the start of the job search to the initial interview.</summary>
    public int InitialInterviewWorkingDays { get; }

    /// <summary>The fixed schedule, or null when supplementary conversations are held by service need.</summary>
    public SupplementaryConversationRule? SupplementaryConversations { get; }

    public int JobSearchConversationIntervalMonths { get; }
}
