using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Finding the version in force, and the seed rules of domain.md §4. The seeds' numbers come from the handbook;
/// their council decisions (body, date, section), the Kajaani older rule's dates and the whole Paltamo rule are
/// demo data. Where the handbook speaks of months of unemployment, a month is counted as 30 days.
/// </summary>
public static class KuntalisaRules
{
    private const KuntalisaEmployerCategories CompaniesAndThirdSector =
        KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector;

    /// <summary>The municipality's version in force on <paramref name="date"/>, or null when it has none (no kuntalisä then).</summary>
    public static KuntalisaRuleVersion? FindInForce(IEnumerable<KuntalisaRuleVersion> versions, int municipalityId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);

        // Versions should not overlap (see Overlaps); if they do, the one that took effect last wins.
        return versions
            .Where(v => v.MunicipalityId == municipalityId && v.IsInForceOn(date))
            .MaxBy(v => v.EffectiveFrom);
    }

    /// <summary>As <see cref="FindInForce"/>, but a missing version is a refusal (e.g. when drafting a decision).</summary>
    public static KuntalisaRuleVersion InForceOn(IEnumerable<KuntalisaRuleVersion> versions, int municipalityId, DateOnly date) =>
        FindInForce(versions, municipalityId, date)
        ?? throw new DomainException(
            "Kuntalisa.Rule.NoneInForce",
            string.Create(CultureInfo.InvariantCulture, $"Municipality {municipalityId} has no kuntalisä rule in force on {date:yyyy-MM-dd}."),
            date);

    /// <summary>True when <paramref name="candidate"/>'s period shares a day with another version of the same municipality.</summary>
    public static bool Overlaps(IEnumerable<KuntalisaRuleVersion> versions, KuntalisaRuleVersion candidate)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(candidate);

        return versions.Any(v =>
            !ReferenceEquals(v, candidate)
            && (v.Id == 0 || v.Id != candidate.Id)
            && v.MunicipalityId == candidate.MunicipalityId
            && v.EffectiveFrom <= (candidate.EffectiveTo ?? DateOnly.MaxValue)
            && candidate.EffectiveFrom <= (v.EffectiveTo ?? DateOnly.MaxValue));
    }

    /// <summary>
    /// Kajaani from 1.1.2025: unemployed more than 3 months (≥ 91 days); 50–70 % of gross pay, third sector up to
    /// 100 %; 4–12 months; companies and associations. The handbook gives "50–100 %, third sector up to 100 %";
    /// reading that as a lower maximum for companies, the seed sets 70 % (an assumption an admin can revise).
    /// </summary>
    public static KuntalisaRuleVersion Kajaani2025(int municipalityId) => new(
        municipalityId,
        new DateOnly(2025, 1, 1),
        null,
        "Kaupunginvaltuusto 9.12.2024 § 112",
        new KuntalisaEligibility(minimumDays: 91, residenceRequired: true),
        KuntalisaAmount.PercentageOfPay(
            50m,
            70m,
            minMonths: 4,
            maxMonths: 12,
            categoryMaxima: [new CategoryMaximum(KuntalisaEmployerCategory.ThirdSector, 100m)]),
        new KuntalisaConditions(CompaniesAndThirdSector));

    /// <summary>Kajaani's older rule (in force 2020–2024): long-term unemployed or partial work ability; 400 €/month, 1–8 months, at most 3 200 €; ≥ 18 h/week; apply before hiring.</summary>
    public static KuntalisaRuleVersion KajaaniOlder(int municipalityId) => new(
        municipalityId,
        new DateOnly(2020, 1, 1),
        new DateOnly(2024, 12, 31),
        "Kaupunginvaltuusto 16.12.2019 § 98",
        new KuntalisaEligibility(
            minimumDays: null,
            targetGroups: KuntalisaTargetGroups.LongTermUnemployed | KuntalisaTargetGroups.PartialWorkAbility,
            residenceRequired: true),
        KuntalisaAmount.FixedMonthly(400m, minMonths: 1, maxMonths: 8, totalCap: 3200m),
        new KuntalisaConditions(CompaniesAndThirdSector, minimumWeeklyHours: 18m, applicationTiming: ApplicationTiming.BeforeStart));

    /// <summary>Sotkamo: unemployed at least 200 days; 450 €/month, at most 3 600 € (1–12 months); ≥ 18 h/week; not for wages.</summary>
    public static KuntalisaRuleVersion Sotkamo(int municipalityId) => new(
        municipalityId,
        new DateOnly(2025, 1, 1),
        null,
        "Kunnanhallitus 16.12.2024 § 301",
        new KuntalisaEligibility(minimumDays: 200, residenceRequired: true),
        KuntalisaAmount.FixedMonthly(450m, minMonths: 1, maxMonths: 12, totalCap: 3600m),
        new KuntalisaConditions(CompaniesAndThirdSector, minimumWeeklyHours: 18m, notForWageCosts: true));

    /// <summary>
    /// Tampere: at least 200 labour-market subsidy days, or young (under 30) or immigrant; 600 €/month for 6 months,
    /// plus 1 800 € if the employment lasts a year; apply within 2 months of the start.
    /// </summary>
    public static KuntalisaRuleVersion Tampere(int municipalityId) => new(
        municipalityId,
        new DateOnly(2025, 1, 1),
        null,
        "Elinvoima- ja osaamislautakunta 10.12.2024 § 150",
        new KuntalisaEligibility(
            minimumDays: 200,
            dayBasis: UnemploymentDayBasis.LabourMarketSubsidyDays,
            targetGroups: KuntalisaTargetGroups.Young | KuntalisaTargetGroups.Immigrant,
            targetGroupsAlternativeToDays: true,
            residenceRequired: true),
        KuntalisaAmount.FixedMonthly(600m, minMonths: 6, maxMonths: 6, bonusAmount: 1800m, bonusAfterMonths: 12),
        new KuntalisaConditions(CompaniesAndThirdSector, applicationTiming: ApplicationTiming.WithinMonthsOfStart, applyWithinMonths: 2));

    /// <summary>Helsinki from 1.1.2026: unemployed at least 3 months (≥ 90 days); 50 % of costs (gross pay and the employer's side costs), at most 1 500 €/month, 1–12 months; never with the state pay subsidy.</summary>
    public static KuntalisaRuleVersion Helsinki2026(int municipalityId) => new(
        municipalityId,
        new DateOnly(2026, 1, 1),
        null,
        "Kaupunginhallitus 24.11.2025 § 812",
        new KuntalisaEligibility(minimumDays: 90, residenceRequired: true, statePaySubsidy: StatePaySubsidyRule.Forbidden),
        KuntalisaAmount.PercentageOfPay(
            50m,
            50m,
            minMonths: 1,
            maxMonths: 12,
            percentageBase: PercentageBase.GrossPayAndEmployerCosts,
            monthlyCap: 1500m),
        new KuntalisaConditions(CompaniesAndThirdSector));

    /// <summary>Paltamo (demo data, in the shape of Kajaani's older rule): long-term unemployed or partial work ability; 400 €/month, 1–8 months, at most 3 200 €; ≥ 18 h/week; apply before hiring.</summary>
    public static KuntalisaRuleVersion Paltamo(int municipalityId) => new(
        municipalityId,
        new DateOnly(2025, 1, 1),
        null,
        "Kunnanhallitus 2.12.2024 § 210 (esimerkki)",
        new KuntalisaEligibility(
            minimumDays: null,
            targetGroups: KuntalisaTargetGroups.LongTermUnemployed | KuntalisaTargetGroups.PartialWorkAbility,
            residenceRequired: true),
        KuntalisaAmount.FixedMonthly(400m, minMonths: 1, maxMonths: 8, totalCap: 3200m),
        new KuntalisaConditions(CompaniesAndThirdSector, minimumWeeklyHours: 18m, applicationTiming: ApplicationTiming.BeforeStart));
}
