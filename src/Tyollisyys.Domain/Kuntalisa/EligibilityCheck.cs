using System.Globalization;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// One predicate of a rule, evaluated: <see cref="NameKey"/> and <see cref="ReasonKey"/> are resource keys; the
/// reason's <see cref="Args"/> carry the numbers ("unemployed {0} days, at least {1} needed").
/// </summary>
public sealed record PredicateResult(string NameKey, bool Passes, string ReasonKey, IReadOnlyList<object> Args);

public sealed record EligibilityResult(IReadOnlyList<PredicateResult> Predicates)
{
    public bool IsEligible => Predicates.All(p => p.Passes);

    public IEnumerable<PredicateResult> Failures => Predicates.Where(p => !p.Passes);
}

/// <summary>
/// Checks an application against a rule version and reports every predicate the rule sets, passing or failing,
/// in a fixed order, so the page can explain the outcome line by line. Predicates the rule leaves empty are
/// not listed; the employer category and the employment's length against the minimum months always are.
/// </summary>
public static class EligibilityCheck
{
    public static EligibilityResult Evaluate(KuntalisaRuleVersion rule, KuntalisaApplication application)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(application);

        var results = new List<PredicateResult>();
        var eligibility = rule.Eligibility;
        var applicant = application.Applicant;

        if (eligibility.TargetGroupsAlternativeToDays)
        {
            results.Add(DaysOrTargetGroup(eligibility, applicant));
        }
        else
        {
            if (eligibility.MinimumDays is { } minimumDays)
            {
                results.Add(Days(eligibility.DayBasis, applicant.DaysOn(eligibility.DayBasis), minimumDays));
            }

            if (eligibility.TargetGroups != KuntalisaTargetGroups.None)
            {
                var inGroup = (applicant.TargetGroups & eligibility.TargetGroups) != 0;
                results.Add(Result("TargetGroup", inGroup, inGroup ? "TargetGroupMet" : "TargetGroupNotMet"));
            }
        }

        if (eligibility.AgeBands.Count > 0)
        {
            var inBand = eligibility.AgeBands.Any(b => b.Contains(applicant.Age));
            var bands = string.Join(", ", eligibility.AgeBands.Select(b => b.ToString()));
            results.Add(Result("AgeBand", inBand, inBand ? "AgeInBand" : "AgeOutsideBands", applicant.Age, bands));
        }

        if (eligibility.ResidenceRequired)
        {
            var resident = applicant.HomeMunicipalityId == rule.MunicipalityId;
            results.Add(Result("Residence", resident, resident ? "ResidentInMunicipality" : "NotResidentInMunicipality"));
        }

        switch (eligibility.StatePaySubsidy)
        {
            case StatePaySubsidyRule.Required:
                results.Add(Result(
                    "StatePaySubsidy",
                    applicant.HasStatePaySubsidy,
                    applicant.HasStatePaySubsidy ? "StatePaySubsidyRequiredMet" : "StatePaySubsidyRequiredMissing"));
                break;
            case StatePaySubsidyRule.Forbidden:
                results.Add(Result(
                    "StatePaySubsidy",
                    !applicant.HasStatePaySubsidy,
                    applicant.HasStatePaySubsidy ? "StatePaySubsidyForbiddenPresent" : "StatePaySubsidyForbiddenMet"));
                break;
            default:
                break;
        }

        results.Add(EmployerCategory(rule.Conditions, application.EmployerCategory));

        if (rule.Conditions.MinimumWeeklyHours is { } minimumHours)
        {
            var hours = application.Employment.WeeklyHours;
            results.Add(Result("WeeklyHours", hours >= minimumHours, hours >= minimumHours ? "WeeklyHoursMet" : "WeeklyHoursNotMet", hours, minimumHours));
        }

        if (Timing(rule.Conditions, application) is { } timing)
        {
            results.Add(timing);
        }

        results.Add(EmploymentLength(rule.Amount.MinMonths, application.Employment));

        return new EligibilityResult(results);
    }

    private static PredicateResult Days(UnemploymentDayBasis basis, int days, int minimumDays)
    {
        var name = basis == UnemploymentDayBasis.LabourMarketSubsidyDays ? "SubsidyDays" : "UnemploymentDays";
        return Result(name, days >= minimumDays, days >= minimumDays ? "DaysMet" : "DaysNotMet", days, minimumDays);
    }

    private static PredicateResult DaysOrTargetGroup(KuntalisaEligibility eligibility, KuntalisaApplicant applicant)
    {
        var name = eligibility.DayBasis == UnemploymentDayBasis.LabourMarketSubsidyDays ? "SubsidyDaysOrTargetGroup" : "UnemploymentDaysOrTargetGroup";
        var days = applicant.DaysOn(eligibility.DayBasis);
        var minimumDays = eligibility.MinimumDays!.Value;
        if (days >= minimumDays)
        {
            return Result(name, true, "DaysMet", days, minimumDays);
        }

        return (applicant.TargetGroups & eligibility.TargetGroups) != 0
            ? Result(name, true, "MetByTargetGroup", days, minimumDays)
            : Result(name, false, "DaysAndTargetGroupNotMet", days, minimumDays);
    }

    private static PredicateResult EmployerCategory(KuntalisaConditions conditions, KuntalisaEmployerCategory category)
    {
        if (category == KuntalisaEmployerCategory.PrivatePerson)
        {
            return Result("EmployerCategory", false, "PrivatePersonNeverEligible");
        }

        var allowed = (conditions.AllowedEmployers & category.AsFlag()) != 0;
        return Result("EmployerCategory", allowed, allowed ? "EmployerCategoryAllowed" : "EmployerCategoryNotAllowed");
    }

    private static PredicateResult? Timing(KuntalisaConditions conditions, KuntalisaApplication application)
    {
        var applied = application.ApplicationDate;
        var start = application.Employment.Start;
        switch (conditions.ApplicationTiming)
        {
            case ApplicationTiming.BeforeStart:
                return Result("ApplicationTiming", applied < start, applied < start ? "AppliedBeforeStart" : "NotAppliedBeforeStart", applied, start);
            case ApplicationTiming.WithinMonthsOfStart:
                var months = conditions.ApplyWithinMonths!.Value;
                var deadline = start.AddMonths(months);
                return Result(
                    "ApplicationTiming",
                    applied <= deadline,
                    applied <= deadline ? "AppliedWithinWindow" : "AppliedAfterWindow",
                    applied,
                    deadline,
                    months);
            default:
                return null;
        }
    }

    private static PredicateResult EmploymentLength(int minMonths, KuntalisaEmployment employment)
    {
        if (employment.FullMonths is not { } months)
        {
            return Result("EmploymentLength", true, "EmploymentOpenEnded", minMonths);
        }

        return Result("EmploymentLength", months >= minMonths, months >= minMonths ? "EmploymentLongEnough" : "EmploymentTooShort", months, minMonths);
    }

    private static PredicateResult Result(string name, bool passes, string reason, params object[] args) =>
        new(
            string.Create(CultureInfo.InvariantCulture, $"Kuntalisa.Predicate.{name}"),
            passes,
            string.Create(CultureInfo.InvariantCulture, $"Kuntalisa.Reason.{reason}"),
            args);
}
