using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Process;

/// <summary>
/// The legal rhythm of the job-seeker process from one date on (domain.md §3). Kept as data so that
/// a change in the law is a new rule set with a later <see cref="EffectiveFrom"/>, not a code change;
/// admins view and revise the sets (issue 4 item 4).
/// </summary>
public sealed class ProcessRuleSet
{
    /// <summary>Upper bounds that catch typing errors; no law comes near them.</summary>
    public const int MaxInitialInterviewWorkingDays = 60;

    public const int MaxIntervalMonths = 24;

    private ProcessRuleSet()
    {
        Name = string.Empty;
    }

    public ProcessRuleSet(
        string name,
        DateOnly effectiveFrom,
        int initialInterviewWorkingDays,
        SupplementaryConversationRule? supplementaryConversations,
        int jobSearchConversationIntervalMonths)
        : this()
    {
        Revise(name, effectiveFrom, initialInterviewWorkingDays, supplementaryConversations, jobSearchConversationIntervalMonths);
    }

    /// <summary>The rules of 1.1.2025: 5 working days; 5 + 2 supplementary conversations; every 3 months.</summary>
    public static ProcessRuleSet Rules2025 => new(
        "2025",
        new DateOnly(2025, 1, 1),
        initialInterviewWorkingDays: 5,
        new SupplementaryConversationRule(initialCount: 5, initialMonths: 3, laterCount: 2, laterAfterMonths: 6, laterWindowMonths: 1),
        jobSearchConversationIntervalMonths: 3);

    /// <summary>The rules of 1.1.2026: 10 working days; supplementary conversations by need; every 3 months.</summary>
    public static ProcessRuleSet Rules2026 => new(
        "2026",
        new DateOnly(2026, 1, 1),
        initialInterviewWorkingDays: 10,
        supplementaryConversations: null,
        jobSearchConversationIntervalMonths: 3);

    public int Id { get; private set; }

    public string Name { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Working days from the start of the job search to the initial interview.</summary>
    public int InitialInterviewWorkingDays { get; private set; }

    /// <summary>The fixed schedule, or null when supplementary conversations are held by service need.</summary>
    public SupplementaryConversationRule? SupplementaryConversations =>
        SupplementaryInitialCount is { } initialCount
            ? new SupplementaryConversationRule(
                initialCount,
                SupplementaryInitialMonths ?? 0,
                SupplementaryLaterCount ?? 0,
                SupplementaryLaterAfterMonths ?? 0,
                SupplementaryLaterWindowMonths ?? 0)
            : null;

    public int JobSearchConversationIntervalMonths { get; private set; }

    // The schedule is stored flat (all null = by need); the public face is the value object above.
    private int? SupplementaryInitialCount { get; set; }

    private int? SupplementaryInitialMonths { get; set; }

    private int? SupplementaryLaterCount { get; set; }

    private int? SupplementaryLaterAfterMonths { get; set; }

    private int? SupplementaryLaterWindowMonths { get; set; }

    /// <summary>
    /// Changes the set. A revision changes every due date the set governs, past ones included; the admin page says
    /// so, and a change in the law is better made as a new set with a later effective date.
    /// </summary>
    public void Revise(
        string name,
        DateOnly effectiveFrom,
        int initialInterviewWorkingDays,
        SupplementaryConversationRule? supplementaryConversations,
        int jobSearchConversationIntervalMonths)
    {
        var checkedName = Guard.RequiredText(name, 100, "ProcessRules.NameRequired", "Name");
        if (initialInterviewWorkingDays is < 0 or > MaxInitialInterviewWorkingDays)
        {
            throw new DomainException(
                "ProcessRules.InvalidInitialInterviewDays",
                $"The initial interview deadline must be 0–{MaxInitialInterviewWorkingDays} working days.",
                MaxInitialInterviewWorkingDays);
        }

        if (jobSearchConversationIntervalMonths is < 1 or > MaxIntervalMonths)
        {
            throw new DomainException(
                "ProcessRules.InvalidConversationInterval",
                $"Job-search conversations need an interval of 1–{MaxIntervalMonths} months.",
                MaxIntervalMonths);
        }

        Name = checkedName;
        EffectiveFrom = effectiveFrom;
        InitialInterviewWorkingDays = initialInterviewWorkingDays;
        JobSearchConversationIntervalMonths = jobSearchConversationIntervalMonths;
        SupplementaryInitialCount = supplementaryConversations?.InitialCount;
        SupplementaryInitialMonths = supplementaryConversations?.InitialMonths;
        SupplementaryLaterCount = supplementaryConversations?.LaterCount;
        SupplementaryLaterAfterMonths = supplementaryConversations?.LaterAfterMonths;
        SupplementaryLaterWindowMonths = supplementaryConversations?.LaterWindowMonths;
    }
}
