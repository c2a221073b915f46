using Tyollisyys.Domain.Kpi;
using Xunit;
using static Tyollisyys.Domain.Tests.Kpi.KpiDataset1;

namespace Tyollisyys.Domain.Tests.Kpi;

public sealed class KpiCalculatorTests
{
    private static readonly KpiDataset Data = Build();

    private static KpiCounts Count(KpiCode code, int municipality = A, KpiPeriod? period = null, DateOnly? today = null) =>
        KpiCalculator.Count(code, Data, municipality, period ?? Q1, today ?? Today);

    private static decimal? Value(KpiCode code, int municipality = A, KpiPeriod? period = null, decimal? appropriation = null) =>
        KpiDefinitions.Of(code).ValueOf(Count(code, municipality, period), appropriation);

    [Fact]
    public void New_runs_are_judged_at_their_three_month_point_and_a_laid_off_then_unemployed_run_counts_once()
    {
        // Runs begun in Q1 in A: 1 (passed), 2 (ended in February), 4 (laid off then unemployed: passed), 5 (began in A
        // before the move: passed); 6 began on 20.3. and reaches its 3-month point only on 20.6.
        Assert.Equal(new KpiCounts(4, 3), Count(KpiCode.NewSpellsPassingThreeMonths));
        Assert.Equal(75.0m, Value(KpiCode.NewSpellsPassingThreeMonths));
    }

    [Fact]
    public void A_run_that_began_before_the_period_and_crosses_its_start_belongs_to_the_period_it_began_in()
    {
        Assert.Equal(new KpiCounts(1, 1), Count(KpiCode.NewSpellsPassingThreeMonths, period: KpiPeriod.Quarter(2025, 4)));
        Assert.Equal(new KpiCounts(1, 1), Count(KpiCode.NewSpellsPassingThreeMonths, period: KpiPeriod.Month(2025, 12)));
        Assert.Equal(new KpiCounts(1, 0), Count(KpiCode.NewSpellsPassingThreeMonths, period: KpiPeriod.Month(2026, 2)));
    }

    [Fact]
    public void A_run_is_left_out_until_its_three_month_point_has_come()
    {
        Assert.Equal(new KpiCounts(1, 1), Count(KpiCode.NewSpellsPassingThreeMonths, period: KpiPeriod.Month(2026, 3), today: new DateOnly(2026, 6, 19)));
        Assert.Equal(new KpiCounts(2, 2), Count(KpiCode.NewSpellsPassingThreeMonths, period: KpiPeriod.Month(2026, 3), today: new DateOnly(2026, 6, 20)));
    }

    [Fact]
    public void The_client_who_moved_counts_where_they_lived_on_each_day()
    {
        Assert.Equal(new KpiCounts(0, 0), Count(KpiCode.NewSpellsPassingThreeMonths, B));
        Assert.Equal(new KpiCounts(1, 0), Count(KpiCode.ActivationRate, B));
        Assert.Equal(new KpiCounts(1, 0, 0m, 1), Count(KpiCode.ClientsPerCounsellor, B));
        // In January the client still lived in A.
        Assert.Equal(new KpiCounts(1, 0), Count(KpiCode.ActivationRate, B, KpiPeriod.Month(2026, 2)));
        Assert.Equal(new KpiCounts(0, 0), Count(KpiCode.ActivationRate, B, KpiPeriod.Month(2026, 1)));
        Assert.Equal(new KpiCounts(6, 1), Count(KpiCode.ActivationRate, A, KpiPeriod.Month(2026, 1)));
        // The trial completed on 10.3. counts in B, where the client then lived.
        Assert.Equal(new KpiCounts(1, 1), Count(KpiCode.WorkTrialPositivePlacement, B));
    }

    [Fact]
    public void Activation_counts_the_unemployed_and_those_in_services_at_the_end_of_the_period_and_leaves_students_out()
    {
        Assert.Equal(new KpiCounts(8, 2), Count(KpiCode.ActivationRate));
        Assert.Equal(25.0m, Value(KpiCode.ActivationRate));
        Assert.Equal(new KpiCounts(2, 1), Count(KpiCode.YouthActivationRate));
        Assert.Equal(50.0m, Value(KpiCode.YouthActivationRate));
    }

    [Fact]
    public void Long_term_unemployment_is_twelve_months_without_a_break_at_the_end_and_averaged_over_month_ends()
    {
        Assert.Equal(2m, Value(KpiCode.LongTermUnemployedAtEnd));
        // Month ends 31.1. (client 9), 28.2. and 31.3. (clients 8 and 9): 5 / 3.
        Assert.Equal(new KpiCounts(3, 5), Count(KpiCode.LongTermUnemployedAverage));
        Assert.Equal(1.7m, Value(KpiCode.LongTermUnemployedAverage));
    }

    [Fact]
    public void A_running_period_is_read_as_of_today_and_a_future_one_has_no_figures()
    {
        var year = KpiPeriod.OfYear(2026);
        // Samples: the ends of January to May, and 15.6.
        Assert.Equal(6, Count(KpiCode.LongTermUnemployedAverage, period: year).Members);
        Assert.Equal(KpiCounts.None, Count(KpiCode.ActivationRate, period: KpiPeriod.Quarter(2026, 3)));
    }

    [Fact]
    public void Unemployed_under_25_counts_only_the_unemployed_young()
    {
        Assert.Equal(1m, Value(KpiCode.UnemployedUnder25));
    }

    [Fact]
    public void Initial_interviews_count_new_job_searches_held_from_the_start_to_the_deadline()
    {
        // New job searches in Q1: 1 (on time), 2 (late), 4 (none), 5 (on time), 6 (none), 10 (held before the start).
        Assert.Equal(new KpiCounts(6, 2), Count(KpiCode.InitialInterviewsOnTime));
        Assert.Equal(33.3m, Value(KpiCode.InitialInterviewsOnTime));
    }

    [Fact]
    public void An_interview_not_yet_due_is_counted_once_held_and_left_out_until_then()
    {
        var march = KpiPeriod.Month(2026, 3);
        // On 25.3. client 4's deadline (11.3.) has passed, client 6's (30.3.) has not.
        Assert.Equal(new KpiCounts(1, 0), Count(KpiCode.InitialInterviewsOnTime, period: march, today: new DateOnly(2026, 3, 25)));
        Assert.Equal(new KpiCounts(2, 0), Count(KpiCode.InitialInterviewsOnTime, period: march, today: new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void Plans_up_to_date_read_the_latest_version_agreed_by_the_end_of_the_period()
    {
        // Clients with a job search on 31.3. in A: 1,2,3,4,6,7,8,9,10. Up to date: 1 and 9 (its second version).
        Assert.Equal(new KpiCounts(9, 2), Count(KpiCode.PlansUpToDate));
        Assert.Equal(22.2m, Value(KpiCode.PlansUpToDate));
    }

    [Fact]
    public void Clients_per_counsellor_divides_the_clients_with_a_job_search_by_their_counsellors()
    {
        Assert.Equal(new KpiCounts(9, 0, 0m, 2), Count(KpiCode.ClientsPerCounsellor));
        Assert.Equal(4.5m, Value(KpiCode.ClientsPerCounsellor));
    }

    [Fact]
    public void The_appropriation_used_sums_what_the_years_live_decisions_commit_up_to_the_end_of_the_period()
    {
        Assert.Equal(new KpiCounts(1, 1, 10_000m), Count(KpiCode.KuntalisaAppropriationUsed));
        Assert.Equal(25.0m, Value(KpiCode.KuntalisaAppropriationUsed, appropriation: 40_000m));
        Assert.Null(Value(KpiCode.KuntalisaAppropriationUsed));
        Assert.Equal(new KpiCounts(2, 2, 15_000m), Count(KpiCode.KuntalisaAppropriationUsed, period: KpiPeriod.OfYear(2026)));
        Assert.Equal(new KpiCounts(1, 1, 7_000m), Count(KpiCode.KuntalisaAppropriationUsed, period: KpiPeriod.OfYear(2025)));
    }

    [Fact]
    public void Decisions_made_are_the_numbered_ones_decided_in_the_period()
    {
        Assert.Equal(2m, Value(KpiCode.KuntalisaDecisionsMade));
        Assert.Equal(1m, Value(KpiCode.KuntalisaDecisionsMade, B));
    }

    [Fact]
    public void Positive_placement_counts_completed_trials_and_leaves_interrupted_ones_out()
    {
        Assert.Equal(new KpiCounts(2, 1), Count(KpiCode.WorkTrialPositivePlacement));
        Assert.Equal(50.0m, Value(KpiCode.WorkTrialPositivePlacement));
    }

    [Fact]
    public void Every_figure_in_the_catalogue_can_be_computed()
    {
        Assert.All(KpiDefinitions.All, d => KpiCalculator.Count(d.Code, Data, A, Q1, Today));
        Assert.Equal(Enum.GetValues<KpiCode>().Length, KpiDefinitions.All.Select(d => d.Code).Distinct().Count());
    }
}
