using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Process;

/// <summary>
/// A fixed schedule of supplementary job-search conversations (täydentävät työnhakukeskustelut):
/// <see cref="InitialCount"/> within the first <see cref="InitialMonths"/> months of the job search,
/// then <see cref="LaterCount"/> more within <see cref="LaterWindowMonths"/> month(s) after
/// <see cref="LaterAfterMonths"/> months unemployed. A rule set without one schedules them by need.
/// </summary>
public sealed record SupplementaryConversationRule
{
    /// <summary>Bounds that catch typing errors: no schedule has more conversations or longer periods.</summary>
    public const int MaxCount = 20;

    public const int MaxMonths = 24;

    public SupplementaryConversationRule(int initialCount, int initialMonths, int laterCount, int laterAfterMonths, int laterWindowMonths)
    {
        if (initialCount is < 0 or > MaxCount || laterCount is < 0 or > MaxCount
            || initialMonths is < 0 or > MaxMonths || laterAfterMonths is < 0 or > MaxMonths || laterWindowMonths is < 0 or > MaxMonths
            || (initialCount > 0 && initialMonths == 0) || (laterCount > 0 && laterWindowMonths == 0))
        {
            throw new DomainException(
                "ProcessRules.InvalidSupplementarySchedule",
                "A supplementary-conversation schedule needs counts of 0–20, periods of 0–24 months and a period for every count.");
        }

        InitialCount = initialCount;
        InitialMonths = initialMonths;
        LaterCount = laterCount;
        LaterAfterMonths = laterAfterMonths;
        LaterWindowMonths = laterWindowMonths;
    }

    public int InitialCount { get; }

    public int InitialMonths { get; }

    public int LaterCount { get; }

    public int LaterAfterMonths { get; }

    public int LaterWindowMonths { get; }
}
