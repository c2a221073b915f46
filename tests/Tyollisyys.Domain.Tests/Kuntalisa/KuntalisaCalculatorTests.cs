using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaCalculatorTests
{
    private static readonly KuntalisaRuleVersion Kajaani = KuntalisaRules.Kajaani2025(KajaaniId);
    private static readonly KuntalisaRuleVersion Sotkamo = KuntalisaRules.Sotkamo(SotkamoId);
    private static readonly KuntalisaRuleVersion Tampere = KuntalisaRules.Tampere(TampereId);
    private static readonly KuntalisaRuleVersion Helsinki = KuntalisaRules.Helsinki2026(HelsinkiId);

    [Fact]
    public void Kajaani_2400_a_month_at_70_percent_for_6_months_gives_1680_a_month_and_10080_in_all()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2400m, percent: 70m, months: 6));

        // 2 400,00 × 70 % = 1 680,00 €/month; × 6 = 10 080,00 €.
        Assert.Equal(70m, result.Percent);
        Assert.Equal(2400m, result.MonthlyBase);
        Assert.Equal(1680.00m, result.MonthlyAmount);
        Assert.Equal(6, result.Months);
        Assert.Equal(10080.00m, result.Total);
        Assert.Equal(0m, result.Bonus);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_third_sector_employer_gets_100_percent_under_Kajaanis_rule()
    {
        var result = KuntalisaCalculator.Calculate(
            Kajaani,
            Application(KajaaniId, employer: KuntalisaEmployerCategory.ThirdSector, pay: 2400m, percent: 100m, months: 12));

        // 2 400,00 × 100 % = 2 400,00 €/month; × 12 = 28 800,00 €. The third sector's own maximum is 100 %.
        Assert.Equal(100m, result.Percent);
        Assert.Equal(2400.00m, result.MonthlyAmount);
        Assert.Equal(28800.00m, result.Total);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_company_asking_100_percent_under_Kajaanis_rule_is_held_to_the_default_maximum()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2400m, percent: 100m, months: 6));

        // Companies have no maximum of their own: 70 %. 2 400 × 70 % = 1 680; × 6 = 10 080.
        Assert.Equal(70m, result.Percent);
        Assert.Equal(1680.00m, result.MonthlyAmount);
        Assert.Equal(10080.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.PercentageLimitedToMaximum, note.Kind);
        Assert.Equal([100m, 70m], note.Args);
        Assert.Equal("Kuntalisa.Calculation.PercentageLimitedToMaximum", note.ReasonKey);
    }

    [Fact]
    public void A_category_maximum_below_the_default_limits_that_category_and_says_so()
    {
        var rule = Rule(KuntalisaAmount.PercentageOfPay(
            30m,
            80m,
            1,
            12,
            categoryMaxima: [new CategoryMaximum(KuntalisaEmployerCategory.PublicBody, 50m)]));

        var result = KuntalisaCalculator.Calculate(
            rule,
            Application(KajaaniId, employer: KuntalisaEmployerCategory.PublicBody, pay: 2000m, percent: 60m, months: 3));

        // Public bodies up to 50 %: 2 000 × 50 % = 1 000; × 3 = 3 000.
        Assert.Equal(50m, result.Percent);
        Assert.Equal(3000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.PercentageLimitedToEmployerMaximum, note.Kind);
        Assert.Equal([60m, 50m], note.Args);
    }

    [Fact]
    public void A_request_below_the_minimum_percentage_is_raised_to_it()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2400m, percent: 40m, months: 4));

        // 2 400 × 50 % = 1 200; × 4 = 4 800.
        Assert.Equal(50m, result.Percent);
        Assert.Equal(1200.00m, result.MonthlyAmount);
        Assert.Equal(4800.00m, result.Total);
        Assert.Equal(CalculationNoteKind.PercentageRaisedToMinimum, Assert.Single(result.Notes).Kind);
    }

    [Fact]
    public void A_request_over_the_monthly_cap_is_paid_at_the_cap()
    {
        var result = KuntalisaCalculator.Calculate(
            Helsinki,
            Application(HelsinkiId, applied: new DateOnly(2026, 2, 2), pay: 3000m, employerCosts: 700m, percent: 50m, months: 12));

        // Helsinki pays 50 % of costs: (3 000 + 700) × 50 % = 1 850,00 > cap 1 500,00 → 1 500,00; × 12 = 18 000,00.
        Assert.Equal(3700m, result.MonthlyBase);
        Assert.Equal(1500.00m, result.MonthlyAmount);
        Assert.Equal(18000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.MonthlyCapApplied, note.Kind);
        Assert.Equal([1850.00m, 1500m], note.Args);
    }

    [Fact]
    public void A_request_under_the_monthly_cap_is_not_capped()
    {
        var result = KuntalisaCalculator.Calculate(Helsinki, Application(HelsinkiId, pay: 2500m, employerCosts: 500m, percent: 50m, months: 2));

        // (2 500 + 500) × 50 % = 1 500,00: exactly the cap, not over it.
        Assert.Equal(1500.00m, result.MonthlyAmount);
        Assert.Equal(3000.00m, result.Total);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Sotkamos_fixed_sum_for_8_months_reaches_the_total_cap_exactly()
    {
        var result = KuntalisaCalculator.Calculate(Sotkamo, Application(SotkamoId, months: 8));

        // 450 × 8 = 3 600 = the cap: nothing to cut.
        Assert.Null(result.Percent);
        Assert.Equal(450.00m, result.MonthlyAmount);
        Assert.Equal(8, result.Months);
        Assert.Equal(3600.00m, result.Total);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Sotkamos_fixed_sum_for_10_months_is_capped_at_3600()
    {
        var result = KuntalisaCalculator.Calculate(Sotkamo, Application(SotkamoId, months: 10));

        // 450 × 10 = 4 500 > 3 600 → 3 600. The period stays 10 months; the payments stop at the cap.
        Assert.Equal(450.00m, result.MonthlyAmount);
        Assert.Equal(10, result.Months);
        Assert.Equal(3600.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.TotalCapApplied, note.Kind);
        Assert.Equal([4500.00m, 3600m], note.Args);
    }

    [Fact]
    public void A_fixed_sum_ignores_the_pay_and_the_requested_percentage()
    {
        var result = KuntalisaCalculator.Calculate(Sotkamo, Application(SotkamoId, pay: 5000m, percent: 100m, months: 2));

        Assert.Equal(450.00m, result.MonthlyAmount);
        Assert.Equal(900.00m, result.Total);
    }

    [Fact]
    public void A_percentage_rule_with_a_total_cap_is_cut_to_the_cap()
    {
        var rule = Rule(KuntalisaAmount.PercentageOfPay(50m, 100m, 1, 12, totalCap: 10000m));

        var result = KuntalisaCalculator.Calculate(rule, Application(KajaaniId, pay: 2400m, percent: 60m, months: 12));

        // 2 400 × 60 % = 1 440 €/month; × 12 = 17 280 > 10 000 → 10 000.
        Assert.Equal(1440.00m, result.MonthlyAmount);
        Assert.Equal(12, result.Months);
        Assert.Equal(10000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.TotalCapApplied, note.Kind);
        Assert.Equal([17280.00m, 10000m], note.Args);
    }

    [Fact]
    public void Both_caps_apply_in_turn_monthly_first()
    {
        var rule = Rule(KuntalisaAmount.PercentageOfPay(50m, 100m, 1, 12, monthlyCap: 1000m, totalCap: 5000m));

        var result = KuntalisaCalculator.Calculate(rule, Application(KajaaniId, pay: 3000m, percent: 50m, months: 6));

        // 3 000 × 50 % = 1 500 > 1 000 → 1 000; × 6 = 6 000 > 5 000 → 5 000.
        Assert.Equal(1000.00m, result.MonthlyAmount);
        Assert.Equal(5000.00m, result.Total);
        Assert.Equal([CalculationNoteKind.MonthlyCapApplied, CalculationNoteKind.TotalCapApplied], result.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void The_monthly_amount_is_rounded_to_cents()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2345.67m, percent: 55m, months: 4));

        // 2 345,67 × 55 % = 1 290,1185 → 1 290,12; × 4 = 5 160,48.
        Assert.Equal(1290.12m, result.MonthlyAmount);
        Assert.Equal(5160.48m, result.Total);
    }

    [Fact]
    public void A_half_cent_is_rounded_away_from_zero()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2000.01m, percent: 50m, months: 4));

        // 2 000,01 × 50 % = 1 000,005 → 1 000,01 (banker's rounding would give 1 000,00); × 4 = 4 000,04.
        Assert.Equal(1000.01m, result.MonthlyAmount);
        Assert.Equal(4000.04m, result.Total);
    }

    [Fact]
    public void Months_below_the_range_are_raised_to_its_minimum()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2000m, percent: 50m, months: 2));

        // Kajaani grants 4–12 months: 2 → 4. 1 000 × 4 = 4 000.
        Assert.Equal(4, result.Months);
        Assert.Equal(4000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.MonthsRaisedToMinimum, note.Kind);
        Assert.Equal([2, 4], note.Args);
    }

    [Fact]
    public void Months_above_the_range_are_held_to_its_maximum()
    {
        var result = KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, pay: 2000m, percent: 50m, months: 14));

        // 14 → 12. 1 000 × 12 = 12 000.
        Assert.Equal(12, result.Months);
        Assert.Equal(12000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.MonthsLimitedToMaximum, note.Kind);
        Assert.Equal([14, 12], note.Args);
    }

    [Fact]
    public void A_fixed_term_employment_shorter_than_the_request_limits_the_months()
    {
        var result = KuntalisaCalculator.Calculate(
            Kajaani,
            Application(KajaaniId, start: new DateOnly(2026, 3, 1), end: new DateOnly(2026, 7, 31), pay: 2000m, percent: 50m, months: 8));

        // 1.3.–31.7.2026 is 5 whole months: 8 → 5. 1 000 × 5 = 5 000.
        Assert.Equal(5, result.Months);
        Assert.Equal(5000.00m, result.Total);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.MonthsLimitedByEmployment, note.Kind);
        Assert.Equal([8, 5], note.Args);
    }

    [Fact]
    public void Kajaanis_older_rule_pays_400_a_month_and_stops_at_8_months_and_3200()
    {
        var result = KuntalisaCalculator.Calculate(KuntalisaRules.KajaaniOlder(KajaaniId), Application(KajaaniId, months: 10));

        // 10 → 8 months (the range is 1–8); 400 × 8 = 3 200 = the cap exactly.
        Assert.Equal(400.00m, result.MonthlyAmount);
        Assert.Equal(8, result.Months);
        Assert.Equal(3200.00m, result.Total);
        Assert.Equal(CalculationNoteKind.MonthsLimitedToMaximum, Assert.Single(result.Notes).Kind);
    }

    [Fact]
    public void Tampere_pays_600_for_6_months_and_the_1800_bonus_if_an_open_ended_employment_lasts_a_year()
    {
        var result = KuntalisaCalculator.Calculate(Tampere, Application(TampereId, months: 6));

        // 600 × 6 = 3 600; the bonus 1 800 is possible (open-ended) and paid only after 12 months: at most 5 400.
        Assert.Equal(600.00m, result.MonthlyAmount);
        Assert.Equal(6, result.Months);
        Assert.Equal(3600.00m, result.Total);
        Assert.Equal(1800.00m, result.Bonus);
        Assert.Equal(5400.00m, result.TotalWithBonus);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.BonusIfEmploymentLasts, note.Kind);
        Assert.Equal([1800m, 12], note.Args);
    }

    [Fact]
    public void Tampere_holds_any_request_to_its_fixed_6_months()
    {
        var result = KuntalisaCalculator.Calculate(Tampere, Application(TampereId, months: 9));

        Assert.Equal(6, result.Months);
        Assert.Equal(3600.00m, result.Total);
        Assert.True(result.Has(CalculationNoteKind.MonthsLimitedToMaximum));
    }

    [Fact]
    public void Tampere_gives_no_bonus_when_the_fixed_term_is_shorter_than_a_year()
    {
        var result = KuntalisaCalculator.Calculate(
            Tampere,
            Application(TampereId, start: new DateOnly(2026, 3, 1), end: new DateOnly(2027, 2, 27), months: 6));

        // 1.3.2026–27.2.2027 is 11 whole months (a year would end 28.2.2027).
        Assert.Equal(3600.00m, result.Total);
        Assert.Equal(0m, result.Bonus);
        var note = Assert.Single(result.Notes);
        Assert.Equal(CalculationNoteKind.BonusNotPossible, note.Kind);
        Assert.Equal([1800m, 12, 11], note.Args);
    }

    [Fact]
    public void Tampere_gives_the_bonus_when_the_fixed_term_lasts_exactly_a_year()
    {
        var result = KuntalisaCalculator.Calculate(
            Tampere,
            Application(TampereId, start: new DateOnly(2026, 3, 1), end: new DateOnly(2027, 2, 28), months: 6));

        Assert.Equal(1800.00m, result.Bonus);
        Assert.Equal(5400.00m, result.TotalWithBonus);
    }

    [Fact]
    public void A_percentage_rule_without_a_requested_percentage_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => KuntalisaCalculator.Calculate(Kajaani, Application(KajaaniId, percent: null)));

        Assert.Equal("Kuntalisa.Application.PercentageRequired", error.MessageKey);
    }

    private static KuntalisaRuleVersion Rule(KuntalisaAmount amount) => new(
        KajaaniId,
        new DateOnly(2026, 1, 1),
        null,
        "Testi",
        new KuntalisaEligibility(minimumDays: null),
        amount,
        new KuntalisaConditions(KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector | KuntalisaEmployerCategories.PublicBody));
}
