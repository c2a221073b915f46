using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaRuleVersionTests
{
    private const KuntalisaEmployerCategories Companies = KuntalisaEmployerCategories.Company;

    [Fact]
    public void A_valid_version_keeps_what_it_was_given()
    {
        var rule = Version(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "  Kaupunginhallitus 10.2.2025 § 45 ");

        Assert.Equal(KajaaniId, rule.MunicipalityId);
        Assert.Equal(new DateOnly(2026, 1, 1), rule.EffectiveFrom);
        Assert.Equal(new DateOnly(2026, 12, 31), rule.EffectiveTo);
        Assert.Equal("Kaupunginhallitus 10.2.2025 § 45", rule.CouncilDecision);
    }

    [Fact]
    public void A_version_ending_before_it_takes_effect_is_refused() =>
        AssertRefused("Kuntalisa.Rule.EffectiveToBeforeFrom", () => Version(new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31)));

    [Fact]
    public void A_version_of_a_single_day_is_allowed() =>
        Assert.True(Version(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)).IsInForceOn(new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_version_without_its_council_decision_is_refused(string decision) =>
        AssertRefused("Kuntalisa.Rule.CouncilDecisionRequired", () => Version(new DateOnly(2026, 1, 1), null, decision));

    [Fact]
    public void A_council_decision_text_over_200_characters_is_refused() =>
        AssertRefused("Validation.TooLong", () => Version(new DateOnly(2026, 1, 1), null, new string('x', 201)));

    [Fact]
    public void Ending_a_version_sets_its_last_day_and_it_is_no_longer_in_force_after_it()
    {
        var rule = Version(new DateOnly(2025, 1, 1), null);

        rule.EndOn(new DateOnly(2025, 12, 31));

        Assert.True(rule.IsInForceOn(new DateOnly(2025, 12, 31)));
        Assert.False(rule.IsInForceOn(new DateOnly(2026, 1, 1)));
        Assert.Equal(
            "Kuntalisa.Rule.EffectiveToBeforeFrom",
            Assert.Throws<DomainException>(() => rule.EndOn(new DateOnly(2024, 12, 31))).MessageKey);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-5, 50)]
    [InlineData(50, 101)]
    [InlineData(80, 70)]
    public void A_percentage_range_outside_0_to_100_or_upside_down_is_refused(double min, double max) =>
        AssertRefused("Kuntalisa.Rule.InvalidPercentageRange", () => KuntalisaAmount.PercentageOfPay((decimal)min, (decimal)max, 1, 12));

    [Fact]
    public void A_single_percentage_is_a_valid_range()
    {
        var amount = KuntalisaAmount.PercentageOfPay(50m, 50m, 1, 12);

        Assert.Equal(50m, amount.MinPercent);
        Assert.Equal(50m, amount.MaxPercentFor(KuntalisaEmployerCategory.Company));
    }

    [Theory]
    [InlineData(KuntalisaEmployerCategory.ThirdSector, 40)]
    [InlineData(KuntalisaEmployerCategory.ThirdSector, 101)]
    [InlineData(KuntalisaEmployerCategory.PrivatePerson, 80)]
    public void A_category_maximum_below_the_minimum_above_100_or_for_a_private_person_is_refused(KuntalisaEmployerCategory category, int max) =>
        AssertRefused(
            "Kuntalisa.Rule.InvalidCategoryMaximum",
            () => KuntalisaAmount.PercentageOfPay(50m, 70m, 1, 12, categoryMaxima: [new CategoryMaximum(category, max)]));

    [Fact]
    public void A_category_named_twice_is_refused() =>
        AssertRefused(
            "Kuntalisa.Rule.InvalidCategoryMaximum",
            () => KuntalisaAmount.PercentageOfPay(
                50m,
                70m,
                1,
                12,
                categoryMaxima: [new CategoryMaximum(KuntalisaEmployerCategory.ThirdSector, 100m), new CategoryMaximum(KuntalisaEmployerCategory.ThirdSector, 90m)]));

    [Theory]
    [InlineData(0, 12)]
    [InlineData(6, 4)]
    [InlineData(1, 37)]
    public void A_month_range_outside_1_to_36_or_upside_down_is_refused(int min, int max)
    {
        AssertRefused("Kuntalisa.Rule.InvalidMonthRange", () => KuntalisaAmount.FixedMonthly(400m, min, max));
        AssertRefused("Kuntalisa.Rule.InvalidMonthRange", () => KuntalisaAmount.PercentageOfPay(50m, 70m, min, max));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_fixed_sum_of_zero_or_less_is_refused(int amount) =>
        AssertRefused("Kuntalisa.Rule.InvalidFixedAmount", () => KuntalisaAmount.FixedMonthly(amount, 1, 8));

    [Fact]
    public void Caps_of_zero_or_less_are_refused()
    {
        AssertRefused("Kuntalisa.Rule.InvalidCap", () => KuntalisaAmount.FixedMonthly(400m, 1, 8, monthlyCap: 0m));
        AssertRefused("Kuntalisa.Rule.InvalidCap", () => KuntalisaAmount.FixedMonthly(400m, 1, 8, totalCap: -1m));
        AssertRefused("Kuntalisa.Rule.InvalidCap", () => KuntalisaAmount.PercentageOfPay(50m, 70m, 1, 8, totalCap: 0m));
    }

    [Fact]
    public void A_bonus_needs_both_a_positive_amount_and_its_months()
    {
        AssertRefused("Kuntalisa.Rule.InvalidBonus", () => KuntalisaAmount.FixedMonthly(600m, 6, 6, bonusAmount: 1800m));
        AssertRefused("Kuntalisa.Rule.InvalidBonus", () => KuntalisaAmount.FixedMonthly(600m, 6, 6, bonusAfterMonths: 12));
        AssertRefused("Kuntalisa.Rule.InvalidBonus", () => KuntalisaAmount.FixedMonthly(600m, 6, 6, bonusAmount: 0m, bonusAfterMonths: 12));
        AssertRefused("Kuntalisa.Rule.InvalidBonus", () => KuntalisaAmount.FixedMonthly(600m, 6, 6, bonusAmount: 1800m, bonusAfterMonths: 0));
    }

    [Fact]
    public void Amounts_are_kept_in_cents()
    {
        var amount = KuntalisaAmount.FixedMonthly(450.555m, 1, 12, monthlyCap: 1000.004m, totalCap: 3600.005m);

        Assert.Equal(450.56m, amount.FixedMonthlyAmount);
        Assert.Equal(1000.00m, amount.MonthlyCap);
        Assert.Equal(3600.01m, amount.TotalCap);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    public void Minimum_days_outside_0_to_3650_are_refused(int days) =>
        AssertRefused("Kuntalisa.Rule.InvalidMinimumDays", () => new KuntalisaEligibility(days));

    [Fact]
    public void Target_groups_as_an_alternative_need_both_minimum_days_and_groups()
    {
        AssertRefused(
            "Kuntalisa.Rule.AlternativeNeedsDaysAndGroups",
            () => new KuntalisaEligibility(null, targetGroups: KuntalisaTargetGroups.Young, targetGroupsAlternativeToDays: true));
        AssertRefused(
            "Kuntalisa.Rule.AlternativeNeedsDaysAndGroups",
            () => new KuntalisaEligibility(200, targetGroupsAlternativeToDays: true));
    }

    [Theory]
    [InlineData(30, 18)]
    [InlineData(14, 29)]
    [InlineData(18, 101)]
    public void An_upside_down_or_impossible_age_band_is_refused(int min, int max) =>
        AssertRefused("Kuntalisa.Rule.InvalidAgeBand", () => new AgeBand(min, max));

    [Theory]
    [InlineData(0)]
    [InlineData(60.5)]
    public void Minimum_weekly_hours_of_zero_or_over_60_are_refused(double hours) =>
        AssertRefused("Kuntalisa.Rule.InvalidWeeklyHours", () => new KuntalisaConditions(Companies, minimumWeeklyHours: (decimal)hours));

    [Fact]
    public void A_rule_must_accept_some_employer_category() =>
        AssertRefused("Kuntalisa.Rule.NoEmployerCategories", () => new KuntalisaConditions(KuntalisaEmployerCategories.None));

    [Fact]
    public void An_application_window_needs_1_to_24_months_and_only_that_timing_has_one()
    {
        AssertRefused("Kuntalisa.Rule.InvalidApplicationWindow", () => new KuntalisaConditions(Companies, applicationTiming: ApplicationTiming.WithinMonthsOfStart));
        AssertRefused(
            "Kuntalisa.Rule.InvalidApplicationWindow",
            () => new KuntalisaConditions(Companies, applicationTiming: ApplicationTiming.WithinMonthsOfStart, applyWithinMonths: 25));
        AssertRefused(
            "Kuntalisa.Rule.InvalidApplicationWindow",
            () => new KuntalisaConditions(Companies, applicationTiming: ApplicationTiming.BeforeStart, applyWithinMonths: 2));
    }

    [Fact]
    public void The_version_in_force_is_the_municipalitys_own_on_that_date()
    {
        var older = KuntalisaRules.KajaaniOlder(KajaaniId);
        var current = KuntalisaRules.Kajaani2025(KajaaniId);
        var sotkamo = KuntalisaRules.Sotkamo(SotkamoId);
        KuntalisaRuleVersion[] versions = [current, sotkamo, older];

        Assert.Same(older, KuntalisaRules.InForceOn(versions, KajaaniId, new DateOnly(2020, 1, 1)));
        Assert.Same(older, KuntalisaRules.InForceOn(versions, KajaaniId, new DateOnly(2024, 12, 31)));
        Assert.Same(current, KuntalisaRules.InForceOn(versions, KajaaniId, new DateOnly(2025, 1, 1)));
        Assert.Same(current, KuntalisaRules.InForceOn(versions, KajaaniId, new DateOnly(2030, 6, 1)));
        Assert.Same(sotkamo, KuntalisaRules.InForceOn(versions, SotkamoId, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void No_version_in_force_is_null_when_finding_and_a_refusal_when_required()
    {
        KuntalisaRuleVersion[] versions = [KuntalisaRules.KajaaniOlder(KajaaniId), KuntalisaRules.Sotkamo(SotkamoId)];

        // Before the first version, after an ended one, and for a municipality without a rule.
        Assert.Null(KuntalisaRules.FindInForce(versions, KajaaniId, new DateOnly(2019, 12, 31)));
        Assert.Null(KuntalisaRules.FindInForce(versions, KajaaniId, new DateOnly(2025, 1, 1)));
        Assert.Null(KuntalisaRules.FindInForce(versions, PaltamoId, new DateOnly(2026, 1, 1)));
        var error = Assert.Throws<DomainException>(() => KuntalisaRules.InForceOn(versions, KajaaniId, new DateOnly(2025, 1, 1)));
        Assert.Equal("Kuntalisa.Rule.NoneInForce", error.MessageKey);
        Assert.Equal([new DateOnly(2025, 1, 1)], error.Arguments);
    }

    [Fact]
    public void Overlapping_versions_of_one_municipality_are_detected()
    {
        var older = KuntalisaRules.KajaaniOlder(KajaaniId);
        var current = KuntalisaRules.Kajaani2025(KajaaniId);

        Assert.False(KuntalisaRules.Overlaps([older, KuntalisaRules.Sotkamo(SotkamoId)], current));
        Assert.False(KuntalisaRules.Overlaps([older, current], current));
        Assert.True(KuntalisaRules.Overlaps([older, current], Version(new DateOnly(2024, 12, 31), null)));
        Assert.True(KuntalisaRules.Overlaps([current], Version(new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31))));
        Assert.False(KuntalisaRules.Overlaps([older], Version(new DateOnly(2015, 1, 1), new DateOnly(2019, 12, 31))));
    }

    [Fact]
    public void Kajaanis_2025_seed_matches_the_handbook()
    {
        var rule = KuntalisaRules.Kajaani2025(KajaaniId);

        Assert.Equal(new DateOnly(2025, 1, 1), rule.EffectiveFrom);
        Assert.Null(rule.EffectiveTo);
        Assert.Equal(91, rule.Eligibility.MinimumDays);
        Assert.Equal(KuntalisaAmountMode.PercentageOfPay, rule.Amount.Mode);
        Assert.Equal(50m, rule.Amount.MinPercent);
        Assert.Equal(100m, rule.Amount.MaxPercentFor(KuntalisaEmployerCategory.ThirdSector));
        Assert.Equal((4, 12), (rule.Amount.MinMonths, rule.Amount.MaxMonths));
        Assert.Equal(KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector, rule.Conditions.AllowedEmployers);
    }

    [Fact]
    public void Kajaanis_older_seed_matches_the_handbook()
    {
        var rule = KuntalisaRules.KajaaniOlder(KajaaniId);

        Assert.Equal(new DateOnly(2024, 12, 31), rule.EffectiveTo);
        Assert.Equal(KuntalisaTargetGroups.LongTermUnemployed | KuntalisaTargetGroups.PartialWorkAbility, rule.Eligibility.TargetGroups);
        Assert.Equal(400m, rule.Amount.FixedMonthlyAmount);
        Assert.Equal((1, 8), (rule.Amount.MinMonths, rule.Amount.MaxMonths));
        Assert.Equal(3200m, rule.Amount.TotalCap);
        Assert.Equal(18m, rule.Conditions.MinimumWeeklyHours);
        Assert.Equal(ApplicationTiming.BeforeStart, rule.Conditions.ApplicationTiming);
    }

    [Fact]
    public void Sotkamos_seed_matches_the_handbook()
    {
        var rule = KuntalisaRules.Sotkamo(SotkamoId);

        Assert.Equal(200, rule.Eligibility.MinimumDays);
        Assert.Equal(UnemploymentDayBasis.UnemploymentDays, rule.Eligibility.DayBasis);
        Assert.Equal(KuntalisaAmountMode.FixedMonthly, rule.Amount.Mode);
        Assert.Equal(450m, rule.Amount.FixedMonthlyAmount);
        Assert.Equal(3600m, rule.Amount.TotalCap);
        Assert.Equal(18m, rule.Conditions.MinimumWeeklyHours);
        Assert.True(rule.Conditions.NotForWageCosts);
    }

    [Fact]
    public void Tamperes_seed_matches_the_handbook()
    {
        var rule = KuntalisaRules.Tampere(TampereId);

        Assert.Equal(200, rule.Eligibility.MinimumDays);
        Assert.Equal(UnemploymentDayBasis.LabourMarketSubsidyDays, rule.Eligibility.DayBasis);
        Assert.Equal(KuntalisaTargetGroups.Young | KuntalisaTargetGroups.Immigrant, rule.Eligibility.TargetGroups);
        Assert.True(rule.Eligibility.TargetGroupsAlternativeToDays);
        Assert.Equal(600m, rule.Amount.FixedMonthlyAmount);
        Assert.Equal((6, 6), (rule.Amount.MinMonths, rule.Amount.MaxMonths));
        Assert.Equal((1800m, 12), (rule.Amount.BonusAmount!.Value, rule.Amount.BonusAfterMonths!.Value));
        Assert.Equal((ApplicationTiming.WithinMonthsOfStart, 2), (rule.Conditions.ApplicationTiming, rule.Conditions.ApplyWithinMonths!.Value));
    }

    [Fact]
    public void Helsinkis_2026_seed_matches_the_handbook()
    {
        var rule = KuntalisaRules.Helsinki2026(HelsinkiId);

        Assert.Equal(new DateOnly(2026, 1, 1), rule.EffectiveFrom);
        Assert.Equal(90, rule.Eligibility.MinimumDays);
        Assert.Equal(StatePaySubsidyRule.Forbidden, rule.Eligibility.StatePaySubsidy);
        Assert.Equal((50m, 50m), (rule.Amount.MinPercent!.Value, rule.Amount.MaxPercent!.Value));
        Assert.Equal(PercentageBase.GrossPayAndEmployerCosts, rule.Amount.PercentageBase);
        Assert.Equal(1500m, rule.Amount.MonthlyCap);
        Assert.Equal(12, rule.Amount.MaxMonths);
    }

    [Fact]
    public void Paltamos_demo_seed_has_the_shape_of_Kajaanis_older_rule()
    {
        var rule = KuntalisaRules.Paltamo(PaltamoId);

        Assert.Equal(PaltamoId, rule.MunicipalityId);
        Assert.Equal(400m, rule.Amount.FixedMonthlyAmount);
        Assert.Equal(3200m, rule.Amount.TotalCap);
        Assert.Equal(18m, rule.Conditions.MinimumWeeklyHours);
        Assert.Equal(ApplicationTiming.BeforeStart, rule.Conditions.ApplicationTiming);
    }

    [Fact]
    public void Every_seed_requires_residence_in_its_municipality()
    {
        KuntalisaRuleVersion[] seeds =
        [
            KuntalisaRules.Kajaani2025(1), KuntalisaRules.KajaaniOlder(1), KuntalisaRules.Sotkamo(2),
            KuntalisaRules.Tampere(3), KuntalisaRules.Helsinki2026(4), KuntalisaRules.Paltamo(5),
        ];

        Assert.All(seeds, s => Assert.True(s.Eligibility.ResidenceRequired));
    }

    private static KuntalisaRuleVersion Version(DateOnly from, DateOnly? to, string decision = "Kaupunginhallitus 10.2.2025 § 45") => new(
        KajaaniId,
        from,
        to,
        decision,
        new KuntalisaEligibility(minimumDays: null),
        KuntalisaAmount.FixedMonthly(400m, 1, 8),
        new KuntalisaConditions(Companies));

    private static void AssertRefused(string messageKey, Func<object> action) =>
        Assert.Equal(messageKey, Assert.Throws<DomainException>(action).MessageKey);
}
