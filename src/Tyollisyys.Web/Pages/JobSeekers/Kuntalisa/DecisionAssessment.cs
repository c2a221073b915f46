using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// The eligibility check predicate by predicate and the computed amounts with every cap applied, for an undecided
/// decision against the rule version in force on its application date. Once decided, the frozen grant is what counts.
/// </summary>
public sealed record DecisionAssessment(EligibilityResult Eligibility, KuntalisaCalculation? Calculation, DomainException? CalculationRefusal)
{
    public static DecisionAssessment Of(KuntalisaDecision decision, JobSeeker client, EmployerType employerType, KuntalisaRuleVersion rule)
    {
        var application = DecisionFacts.ApplicationFor(decision, client, employerType);
        var eligibility = EligibilityCheck.Evaluate(rule, application);
        try
        {
            return new DecisionAssessment(eligibility, KuntalisaCalculator.Calculate(rule, application), null);
        }
        catch (DomainException ex)
        {
            // E.g. a percentage rule and no requested percentage: the page says so instead of a sum.
            return new DecisionAssessment(eligibility, null, ex);
        }
    }
}
