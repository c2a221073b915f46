using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// One version of a municipality's kuntalisä rule, in force from <see cref="EffectiveFrom"/> to
/// <see cref="EffectiveTo"/> (inclusive; null = until further notice), resting on a council decision.
/// A decision keeps the version it was made under, so a change of rule is a new version, not an edit.
/// </summary>
public sealed class KuntalisaRuleVersion
{
    public const int CouncilDecisionMaxLength = 200;

    private KuntalisaRuleVersion()
    {
        CouncilDecision = string.Empty;
        Eligibility = null!;
        Amount = null!;
        Conditions = null!;
    }

    public KuntalisaRuleVersion(
        int municipalityId,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        string councilDecision,
        KuntalisaEligibility eligibility,
        KuntalisaAmount amount,
        KuntalisaConditions conditions)
        : this()
    {
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(conditions);
        CheckPeriod(effectiveFrom, effectiveTo);

        MunicipalityId = municipalityId;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        CouncilDecision = Guard.RequiredText(councilDecision, CouncilDecisionMaxLength, "Kuntalisa.Rule.CouncilDecisionRequired", "Council decision");
        Eligibility = eligibility;
        Amount = amount;
        Conditions = conditions;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Last day in force, or null while the version has no end.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>The body, date and section the version rests on, e.g. "Kaupunginhallitus 10.2.2025 § 45".</summary>
    public string CouncilDecision { get; private set; }

    public KuntalisaEligibility Eligibility { get; private set; }

    public KuntalisaAmount Amount { get; private set; }

    public KuntalisaConditions Conditions { get; private set; }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>Sets the last day in force, typically the day before the next version takes effect.</summary>
    public void EndOn(DateOnly lastDay)
    {
        CheckPeriod(EffectiveFrom, lastDay);
        EffectiveTo = lastDay;
    }

    private static void CheckPeriod(DateOnly from, DateOnly? to)
    {
        if (to < from)
        {
            throw new DomainException(
                "Kuntalisa.Rule.EffectiveToBeforeFrom",
                string.Create(CultureInfo.InvariantCulture, $"A rule version cannot end ({to:yyyy-MM-dd}) before it takes effect ({from:yyyy-MM-dd})."),
                from);
        }
    }
}
