using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class EligibilityCheckTests
{
    private static readonly KuntalisaRuleVersion Kajaani = KuntalisaRules.Kajaani2025(KajaaniId);
    private static readonly KuntalisaRuleVersion Sotkamo = KuntalisaRules.Sotkamo(SotkamoId);
    private static readonly KuntalisaRuleVersion Tampere = KuntalisaRules.Tampere(TampereId);
    private static readonly KuntalisaRuleVersion Helsinki = KuntalisaRules.Helsinki2026(HelsinkiId);
    private static readonly KuntalisaRuleVersion Paltamo = KuntalisaRules.Paltamo(PaltamoId);

    [Fact]
    public void An_eligible_application_reports_every_predicate_of_the_rule_as_passing()
    {
        var result = EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, months: 8));

        Assert.True(result.IsEligible);
        Assert.Empty(result.Failures);
        Assert.Equal(
            [
                "Kuntalisa.Predicate.UnemploymentDays",
                "Kuntalisa.Predicate.Residence",
                "Kuntalisa.Predicate.EmployerCategory",
                "Kuntalisa.Predicate.WeeklyHours",
                "Kuntalisa.Predicate.EmploymentLength",
            ],
            Names(result));
        var days = Predicate(result, "UnemploymentDays");
        Assert.Equal("Kuntalisa.Reason.DaysMet", days.ReasonKey);
        Assert.Equal([400, 200], days.Args);
    }

    [Fact]
    public void Too_few_unemployment_days_and_too_few_weekly_hours_are_each_reported_with_their_numbers()
    {
        var result = EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, unemploymentDays: 150, weeklyHours: 15m));

        Assert.False(result.IsEligible);
        var failures = result.Failures.ToList();
        Assert.Equal(2, failures.Count);
        Assert.Equal("Kuntalisa.Predicate.UnemploymentDays", failures[0].NameKey);
        Assert.Equal("Kuntalisa.Reason.DaysNotMet", failures[0].ReasonKey);
        Assert.Equal([150, 200], failures[0].Args);
        Assert.Equal("Kuntalisa.Predicate.WeeklyHours", failures[1].NameKey);
        Assert.Equal("Kuntalisa.Reason.WeeklyHoursNotMet", failures[1].ReasonKey);
        Assert.Equal([15m, 18m], failures[1].Args);
        // The passing ones are still listed.
        Assert.Equal(5, result.Predicates.Count);
        Assert.True(Predicate(result, "Residence").Passes);
    }

    [Theory]
    [InlineData(199, false)]
    [InlineData(200, true)]
    public void Sotkamo_needs_at_least_200_unemployment_days(int days, bool passes) =>
        Assert.Equal(passes, Predicate(EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, unemploymentDays: days)), "UnemploymentDays").Passes);

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void Kajaani_needs_more_than_3_months_that_is_at_least_91_days(int days, bool passes) =>
        Assert.Equal(passes, EligibilityCheck.Evaluate(Kajaani, Application(KajaaniId, unemploymentDays: days, percent: 70m)).IsEligible);

    [Theory]
    [InlineData(17.5, false)]
    [InlineData(18, true)]
    public void Sotkamo_needs_at_least_18_hours_a_week(double hours, bool passes) =>
        Assert.Equal(passes, Predicate(EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, weeklyHours: (decimal)hours)), "WeeklyHours").Passes);

    [Fact]
    public void Tampere_counts_labour_market_subsidy_days_not_unemployment_days()
    {
        var result = EligibilityCheck.Evaluate(
            Tampere,
            Application(TampereId, unemploymentDays: 400, subsidyDays: 150, groups: KuntalisaTargetGroups.LongTermUnemployed));

        var predicate = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.SubsidyDaysOrTargetGroup", predicate.NameKey);
        Assert.Equal("Kuntalisa.Reason.DaysAndTargetGroupNotMet", predicate.ReasonKey);
        Assert.Equal([150, 200], predicate.Args);
    }

    [Fact]
    public void Tampere_accepts_200_subsidy_days_without_a_target_group()
    {
        var result = EligibilityCheck.Evaluate(Tampere, Application(TampereId, subsidyDays: 200, groups: KuntalisaTargetGroups.None));

        Assert.True(result.IsEligible);
        var predicate = Predicate(result, "SubsidyDaysOrTargetGroup");
        Assert.Equal("Kuntalisa.Reason.DaysMet", predicate.ReasonKey);
        Assert.Equal([200, 200], predicate.Args);
    }

    [Theory]
    [InlineData(KuntalisaTargetGroups.Young)]
    [InlineData(KuntalisaTargetGroups.Immigrant)]
    [InlineData(KuntalisaTargetGroups.Immigrant | KuntalisaTargetGroups.PartialWorkAbility)]
    public void Tampere_accepts_a_young_or_immigrant_applicant_with_few_subsidy_days(KuntalisaTargetGroups groups)
    {
        var result = EligibilityCheck.Evaluate(Tampere, Application(TampereId, age: 24, subsidyDays: 20, groups: groups));

        Assert.True(result.IsEligible);
        var predicate = Predicate(result, "SubsidyDaysOrTargetGroup");
        Assert.Equal("Kuntalisa.Reason.MetByTargetGroup", predicate.ReasonKey);
        Assert.Equal([20, 200], predicate.Args);
        // The alternative is one predicate, not two.
        Assert.DoesNotContain("Kuntalisa.Predicate.TargetGroup", Names(result));
        Assert.DoesNotContain("Kuntalisa.Predicate.SubsidyDays", Names(result));
    }

    [Fact]
    public void Tampere_accepts_an_application_up_to_2_months_after_the_start()
    {
        // Start 1.3.2026: the window closes on 1.5.2026.
        var result = EligibilityCheck.Evaluate(Tampere, Application(TampereId, applied: new DateOnly(2026, 5, 1), start: new DateOnly(2026, 3, 1)));

        var timing = Predicate(result, "ApplicationTiming");
        Assert.True(timing.Passes);
        Assert.Equal("Kuntalisa.Reason.AppliedWithinWindow", timing.ReasonKey);
        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), 2], timing.Args);
    }

    [Fact]
    public void Tampere_refuses_an_application_more_than_2_months_after_the_start()
    {
        var result = EligibilityCheck.Evaluate(Tampere, Application(TampereId, applied: new DateOnly(2026, 5, 2), start: new DateOnly(2026, 3, 1)));

        var timing = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.ApplicationTiming", timing.NameKey);
        Assert.Equal("Kuntalisa.Reason.AppliedAfterWindow", timing.ReasonKey);
        Assert.Equal([new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), 2], timing.Args);
    }

    [Fact]
    public void An_application_before_the_start_passes_Tamperes_window_too() =>
        Assert.True(EligibilityCheck.Evaluate(Tampere, Application(TampereId)).IsEligible);

    [Fact]
    public void Apply_before_hiring_accepts_an_application_the_day_before_the_start()
    {
        var result = EligibilityCheck.Evaluate(Paltamo, Application(PaltamoId, applied: new DateOnly(2026, 2, 28), start: new DateOnly(2026, 3, 1)));

        Assert.True(result.IsEligible);
        Assert.Equal("Kuntalisa.Reason.AppliedBeforeStart", Predicate(result, "ApplicationTiming").ReasonKey);
    }

    [Fact]
    public void Apply_before_hiring_refuses_an_application_on_the_first_day_of_work()
    {
        var result = EligibilityCheck.Evaluate(Paltamo, Application(PaltamoId, applied: new DateOnly(2026, 3, 1), start: new DateOnly(2026, 3, 1)));

        var timing = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Reason.NotAppliedBeforeStart", timing.ReasonKey);
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)], timing.Args);
    }

    [Fact]
    public void A_rule_without_timing_conditions_lists_no_timing_predicate() =>
        Assert.DoesNotContain("Kuntalisa.Predicate.ApplicationTiming", Names(EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId))));

    [Theory]
    [InlineData(KuntalisaTargetGroups.LongTermUnemployed, true)]
    [InlineData(KuntalisaTargetGroups.PartialWorkAbility, true)]
    [InlineData(KuntalisaTargetGroups.Immigrant, false)]
    [InlineData(KuntalisaTargetGroups.None, false)]
    public void Kajaanis_older_rule_needs_long_term_unemployment_or_partial_work_ability(KuntalisaTargetGroups groups, bool passes)
    {
        var result = EligibilityCheck.Evaluate(
            KuntalisaRules.KajaaniOlder(KajaaniId),
            Application(KajaaniId, applied: new DateOnly(2024, 2, 1), start: new DateOnly(2024, 3, 1), groups: groups));

        var predicate = Predicate(result, "TargetGroup");
        Assert.Equal(passes, predicate.Passes);
        Assert.Equal(passes ? "Kuntalisa.Reason.TargetGroupMet" : "Kuntalisa.Reason.TargetGroupNotMet", predicate.ReasonKey);
        Assert.Equal(passes, result.IsEligible);
        // No minimum days in that rule: no days predicate.
        Assert.DoesNotContain("Kuntalisa.Predicate.UnemploymentDays", Names(result));
    }

    [Fact]
    public void Target_groups_that_are_not_an_alternative_must_hold_alongside_the_minimum_days()
    {
        var rule = Rule(new KuntalisaEligibility(minimumDays: 200, targetGroups: KuntalisaTargetGroups.Young));

        var result = EligibilityCheck.Evaluate(rule, Application(KajaaniId, unemploymentDays: 100, groups: KuntalisaTargetGroups.Young));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.UnemploymentDays", failure.NameKey);
        Assert.True(Predicate(result, "TargetGroup").Passes);
    }

    [Fact]
    public void Helsinki_refuses_an_employment_with_the_state_pay_subsidy()
    {
        var result = EligibilityCheck.Evaluate(Helsinki, Application(HelsinkiId, statePaySubsidy: true, percent: 50m));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.StatePaySubsidy", failure.NameKey);
        Assert.Equal("Kuntalisa.Reason.StatePaySubsidyForbiddenPresent", failure.ReasonKey);
    }

    [Fact]
    public void Helsinki_accepts_an_employment_without_the_state_pay_subsidy()
    {
        var result = EligibilityCheck.Evaluate(Helsinki, Application(HelsinkiId, percent: 50m));

        Assert.True(result.IsEligible);
        Assert.Equal("Kuntalisa.Reason.StatePaySubsidyForbiddenMet", Predicate(result, "StatePaySubsidy").ReasonKey);
    }

    [Theory]
    [InlineData(true, true, "Kuntalisa.Reason.StatePaySubsidyRequiredMet")]
    [InlineData(false, false, "Kuntalisa.Reason.StatePaySubsidyRequiredMissing")]
    public void A_rule_can_require_the_state_pay_subsidy(bool hasSubsidy, bool passes, string reason)
    {
        var rule = Rule(new KuntalisaEligibility(minimumDays: null, statePaySubsidy: StatePaySubsidyRule.Required));

        var predicate = Predicate(EligibilityCheck.Evaluate(rule, Application(KajaaniId, statePaySubsidy: hasSubsidy)), "StatePaySubsidy");

        Assert.Equal(passes, predicate.Passes);
        Assert.Equal(reason, predicate.ReasonKey);
    }

    [Fact]
    public void A_rule_that_allows_the_state_pay_subsidy_lists_no_such_predicate() =>
        Assert.DoesNotContain("Kuntalisa.Predicate.StatePaySubsidy", Names(EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, statePaySubsidy: true))));

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(29, true)]
    [InlineData(30, false)]
    [InlineData(54, false)]
    [InlineData(55, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Age_bands_are_inclusive_at_both_ends(int age, bool passes)
    {
        var rule = Rule(new KuntalisaEligibility(minimumDays: null, ageBands: [new AgeBand(18, 29), new AgeBand(55, 64)]));

        var predicate = Predicate(EligibilityCheck.Evaluate(rule, Application(KajaaniId, age: age)), "AgeBand");

        Assert.Equal(passes, predicate.Passes);
        Assert.Equal(passes ? "Kuntalisa.Reason.AgeInBand" : "Kuntalisa.Reason.AgeOutsideBands", predicate.ReasonKey);
        Assert.Equal([age, "18–29, 55–64"], predicate.Args);
    }

    [Fact]
    public void A_rule_without_age_bands_accepts_any_age_and_lists_no_age_predicate() =>
        Assert.DoesNotContain("Kuntalisa.Predicate.AgeBand", Names(EligibilityCheck.Evaluate(Sotkamo, Application(SotkamoId, age: 70))));

    [Fact]
    public void Residence_in_another_municipality_fails_when_the_rule_requires_residence()
    {
        var result = EligibilityCheck.Evaluate(Sotkamo, Application(homeMunicipalityId: KajaaniId));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.Residence", failure.NameKey);
        Assert.Equal("Kuntalisa.Reason.NotResidentInMunicipality", failure.ReasonKey);
    }

    [Fact]
    public void Residence_does_not_matter_when_the_rule_does_not_require_it()
    {
        var rule = Rule(new KuntalisaEligibility(minimumDays: null, residenceRequired: false));

        var result = EligibilityCheck.Evaluate(rule, Application(homeMunicipalityId: SotkamoId));

        Assert.True(result.IsEligible);
        Assert.DoesNotContain("Kuntalisa.Predicate.Residence", Names(result));
    }

    [Theory]
    [InlineData(KuntalisaEmployerCategory.Company, true)]
    [InlineData(KuntalisaEmployerCategory.ThirdSector, true)]
    [InlineData(KuntalisaEmployerCategory.PublicBody, false)]
    [InlineData(KuntalisaEmployerCategory.Other, false)]
    public void Kajaani_accepts_companies_and_associations_only(KuntalisaEmployerCategory employer, bool passes)
    {
        var predicate = Predicate(EligibilityCheck.Evaluate(Kajaani, Application(KajaaniId, employer: employer, percent: 70m)), "EmployerCategory");

        Assert.Equal(passes, predicate.Passes);
        Assert.Equal(passes ? "Kuntalisa.Reason.EmployerCategoryAllowed" : "Kuntalisa.Reason.EmployerCategoryNotAllowed", predicate.ReasonKey);
    }

    [Fact]
    public void A_private_person_is_never_eligible_even_under_a_rule_accepting_every_category()
    {
        var rule = Rule(new KuntalisaEligibility(minimumDays: null));

        var result = EligibilityCheck.Evaluate(rule, Application(KajaaniId, employer: KuntalisaEmployerCategory.PrivatePerson));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.EmployerCategory", failure.NameKey);
        Assert.Equal("Kuntalisa.Reason.PrivatePersonNeverEligible", failure.ReasonKey);
    }

    [Fact]
    public void A_fixed_term_shorter_than_the_minimum_months_fails()
    {
        // Kajaani grants 4–12 months; 1.3.–31.5.2026 is 3 whole months.
        var result = EligibilityCheck.Evaluate(Kajaani, Application(KajaaniId, end: new DateOnly(2026, 5, 31), percent: 70m));

        var failure = Assert.Single(result.Failures);
        Assert.Equal("Kuntalisa.Predicate.EmploymentLength", failure.NameKey);
        Assert.Equal("Kuntalisa.Reason.EmploymentTooShort", failure.ReasonKey);
        Assert.Equal([3, 4], failure.Args);
    }

    [Fact]
    public void A_fixed_term_of_the_minimum_months_passes()
    {
        // 1.3.–30.6.2026 is 4 whole months.
        var predicate = Predicate(EligibilityCheck.Evaluate(Kajaani, Application(KajaaniId, end: new DateOnly(2026, 6, 30), percent: 70m)), "EmploymentLength");

        Assert.True(predicate.Passes);
        Assert.Equal("Kuntalisa.Reason.EmploymentLongEnough", predicate.ReasonKey);
        Assert.Equal([4, 4], predicate.Args);
    }

    [Fact]
    public void An_open_ended_employment_always_passes_the_length_predicate()
    {
        var predicate = Predicate(EligibilityCheck.Evaluate(Kajaani, Application(KajaaniId, percent: 70m)), "EmploymentLength");

        Assert.True(predicate.Passes);
        Assert.Equal("Kuntalisa.Reason.EmploymentOpenEnded", predicate.ReasonKey);
        Assert.Equal([4], predicate.Args);
    }

    [Fact]
    public void Several_failures_are_all_reported_in_the_rules_order()
    {
        var result = EligibilityCheck.Evaluate(
            KuntalisaRules.KajaaniOlder(KajaaniId),
            Application(
                SotkamoId,
                applied: new DateOnly(2024, 3, 5),
                start: new DateOnly(2024, 3, 1),
                groups: KuntalisaTargetGroups.None,
                employer: KuntalisaEmployerCategory.PrivatePerson,
                weeklyHours: 10m));

        Assert.Equal(
            [
                "Kuntalisa.Predicate.TargetGroup",
                "Kuntalisa.Predicate.Residence",
                "Kuntalisa.Predicate.EmployerCategory",
                "Kuntalisa.Predicate.WeeklyHours",
                "Kuntalisa.Predicate.ApplicationTiming",
            ],
            result.Failures.Select(f => f.NameKey));
        Assert.True(Predicate(result, "EmploymentLength").Passes);
    }

    private static KuntalisaRuleVersion Rule(KuntalisaEligibility eligibility) => new(
        KajaaniId,
        new DateOnly(2026, 1, 1),
        null,
        "Testi",
        eligibility,
        KuntalisaAmount.FixedMonthly(300m, 1, 12),
        new KuntalisaConditions(
            KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector | KuntalisaEmployerCategories.PublicBody | KuntalisaEmployerCategories.Other));
}
