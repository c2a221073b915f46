using Tyollisyys.Domain.Kuntalisa;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

internal static class KuntalisaFixtures
{
    public const int KajaaniId = 205;
    public const int SotkamoId = 765;
    public const int TampereId = 837;
    public const int HelsinkiId = 91;
    public const int PaltamoId = 578;

    public static readonly DateOnly Applied = new(2026, 2, 2);
    public static readonly DateOnly Start = new(2026, 3, 1);

    /// <summary>
    /// An application that every seed's predicates pass unless a test changes something: 40 years old, unemployed
    /// 400 days with 400 subsidy days, long-term unemployed, living in the rule's municipality, no state pay subsidy,
    /// a company, open-ended full-time work from 1.3.2026 applied for on 2.2.2026, 2 400 € a month.
    /// </summary>
    public static KuntalisaApplication Application(
        int homeMunicipalityId,
        DateOnly? applied = null,
        int age = 40,
        int unemploymentDays = 400,
        int subsidyDays = 400,
        KuntalisaTargetGroups groups = KuntalisaTargetGroups.LongTermUnemployed,
        bool statePaySubsidy = false,
        KuntalisaEmployerCategory employer = KuntalisaEmployerCategory.Company,
        DateOnly? start = null,
        DateOnly? end = null,
        decimal weeklyHours = 37.5m,
        decimal pay = 2400m,
        decimal employerCosts = 0m,
        decimal? percent = null,
        int months = 6) =>
        new(
            applied ?? Applied,
            new KuntalisaApplicant(age, unemploymentDays, groups, homeMunicipalityId, statePaySubsidy, subsidyDays),
            employer,
            new KuntalisaEmployment(start ?? Start, end, weeklyHours, pay, employerCosts),
            percent,
            months);

    public static IReadOnlyList<string> Names(EligibilityResult result) =>
        result.Predicates.Select(p => p.NameKey).ToList();

    public static PredicateResult Predicate(EligibilityResult result, string name) =>
        result.Predicates.Single(p => p.NameKey == "Kuntalisa.Predicate." + name);
}
