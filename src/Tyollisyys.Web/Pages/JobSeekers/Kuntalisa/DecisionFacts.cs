using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// The job-seeker and employer as kuntalisä rules see them, derived the same way on every page: age, unemployment
/// days and long-term unemployment on the application date from the client's current unemployment run, target
/// groups from the client's flags, the employer's category from its type.
/// </summary>
public static class DecisionFacts
{
    public static KuntalisaApplicant ApplicantFor(JobSeeker client, DateOnly applicationDate, bool hasStatePaySubsidy)
    {
        ArgumentNullException.ThrowIfNull(client);
        var facts = JobSeekerFacts.For(client.BirthDate, client.UnemployedSince, applicationDate);
        var groups = KuntalisaApplicant.TargetGroupsFrom(
            facts.Age,
            facts.IsLongTermUnemployed,
            client.ImmigrantOrForeignLanguage,
            client.PartialWorkAbility,
            client.DisabilityOrLongTermIllness);
        return new KuntalisaApplicant(facts.Age, facts.UnemploymentDays ?? 0, groups, client.HomeMunicipalityId, hasStatePaySubsidy);
    }

    /// <summary>Associations and foundations are the third sector; a private person never qualifies.</summary>
    public static KuntalisaEmployerCategory CategoryOf(EmployerType type) => type switch
    {
        EmployerType.Company => KuntalisaEmployerCategory.Company,
        EmployerType.Association or EmployerType.Foundation => KuntalisaEmployerCategory.ThirdSector,
        EmployerType.PublicBody => KuntalisaEmployerCategory.PublicBody,
        EmployerType.Other => KuntalisaEmployerCategory.Other,
        _ => KuntalisaEmployerCategory.PrivatePerson,
    };

    public static KuntalisaApplication ApplicationFor(KuntalisaDecision decision, JobSeeker client, EmployerType employerType)
    {
        ArgumentNullException.ThrowIfNull(decision);
        // Once approved, the facts the approval was judged on; before, the client's as they are now read.
        return decision.ToApplication(
            decision.DecidedApplicant ?? ApplicantFor(client, decision.ApplicationDate, decision.HasStatePaySubsidy),
            CategoryOf(employerType));
    }
}
