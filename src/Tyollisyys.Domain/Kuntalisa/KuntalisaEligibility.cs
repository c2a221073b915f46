using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Who qualifies under a rule version. Each predicate left empty (null, none, empty list, false, allowed) does not apply.
/// With <see cref="TargetGroupsAlternativeToDays"/> the minimum days and the target groups become one predicate
/// that either satisfies (Tampere: ≥ 200 subsidy days, or young or immigrant); otherwise both must hold.
/// </summary>
public sealed class KuntalisaEligibility
{
    /// <summary>Ten years: catches typing errors, no rule asks for more.</summary>
    public const int MaxMinimumDays = 3650;

    private readonly List<AgeBand> _ageBands = [];

    private KuntalisaEligibility()
    {
    }

    public KuntalisaEligibility(
        int? minimumDays,
        UnemploymentDayBasis dayBasis = UnemploymentDayBasis.UnemploymentDays,
        IEnumerable<AgeBand>? ageBands = null,
        KuntalisaTargetGroups targetGroups = KuntalisaTargetGroups.None,
        bool targetGroupsAlternativeToDays = false,
        bool residenceRequired = false,
        StatePaySubsidyRule statePaySubsidy = StatePaySubsidyRule.Allowed)
    {
        if (minimumDays is < 0 or > MaxMinimumDays)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidMinimumDays",
                string.Create(CultureInfo.InvariantCulture, $"The minimum days must be 0–{MaxMinimumDays}."),
                MaxMinimumDays);
        }

        if (targetGroupsAlternativeToDays && (minimumDays is null || targetGroups == KuntalisaTargetGroups.None))
        {
            throw new DomainException(
                "Kuntalisa.Rule.AlternativeNeedsDaysAndGroups",
                "Target groups can be an alternative to the minimum days only when the rule has both.");
        }

        if (!Enum.IsDefined(dayBasis))
        {
            throw new ArgumentOutOfRangeException(nameof(dayBasis));
        }

        if (!Enum.IsDefined(statePaySubsidy))
        {
            throw new ArgumentOutOfRangeException(nameof(statePaySubsidy));
        }

        MinimumDays = minimumDays;
        DayBasis = dayBasis;
        _ageBands.AddRange(ageBands ?? []);
        TargetGroups = targetGroups;
        TargetGroupsAlternativeToDays = targetGroupsAlternativeToDays;
        ResidenceRequired = residenceRequired;
        StatePaySubsidy = statePaySubsidy;
    }

    public int? MinimumDays { get; private set; }

    public UnemploymentDayBasis DayBasis { get; private set; }

    /// <summary>The applicant's age must fall in one of these; empty means any age.</summary>
    public IReadOnlyList<AgeBand> AgeBands => _ageBands;

    /// <summary>The applicant must belong to at least one of these; none means no target-group predicate.</summary>
    public KuntalisaTargetGroups TargetGroups { get; private set; }

    public bool TargetGroupsAlternativeToDays { get; private set; }

    /// <summary>The applicant's home municipality must be the rule's municipality (it funds its own residents).</summary>
    public bool ResidenceRequired { get; private set; }

    public StatePaySubsidyRule StatePaySubsidy { get; private set; }
}
