using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Process;

public static class ProcessRuleSets
{
    /// <summary>The built-in rule sets, for callers that do not load edited ones.</summary>
    public static IReadOnlyList<ProcessRuleSet> Default { get; } = [ProcessRuleSet.Rules2025, ProcessRuleSet.Rules2026];

    /// <summary>The rule set in force on <paramref name="date"/>: the one that took effect last on or before it.</summary>
    public static ProcessRuleSet InForceOn(IEnumerable<ProcessRuleSet> ruleSets, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);

        return ruleSets
            .Where(r => r.EffectiveFrom <= date)
            .MaxBy(r => r.EffectiveFrom)
            ?? throw new DomainException(
                "ProcessRules.NoneInForce",
                string.Create(CultureInfo.InvariantCulture, $"No process rule set is in force on {date:yyyy-MM-dd}."),
                date);
    }
}
