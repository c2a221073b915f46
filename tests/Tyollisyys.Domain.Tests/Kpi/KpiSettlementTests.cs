using System.Globalization;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Domain.Process;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kpi;

public sealed class KpiSettlementTests
{
    private static readonly Func<DateOnly, DateOnly?> NoInterviews = _ => null;

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static readonly KpiCode[] StockCodes =
    [
        KpiCode.ActivationRate, KpiCode.YouthActivationRate, KpiCode.LongTermUnemployedAverage, KpiCode.LongTermUnemployedAtEnd,
        KpiCode.UnemployedUnder25, KpiCode.PlansUpToDate, KpiCode.ClientsPerCounsellor, KpiCode.KuntalisaAppropriationUsed,
    ];

    private static readonly KpiCode[] FlowCodes =
    [
        KpiCode.NewSpellsPassingThreeMonths, KpiCode.InitialInterviewsOnTime, KpiCode.KuntalisaDecisionsMade, KpiCode.WorkTrialPositivePlacement,
    ];

    public static TheoryData<KpiCode> Stocks => new(StockCodes);

    public static TheoryData<KpiCode> Flows => new(FlowCodes);

    [Fact]
    public void Every_figure_is_either_a_stock_or_a_flow()
    {
        var stocks = StockCodes.ToHashSet();
        var flows = FlowCodes.ToHashSet();

        Assert.Equal(Enum.GetValues<KpiCode>().Order(), stocks.Concat(flows).Order());
        Assert.All(stocks, code => Assert.True(KpiSettlement.IsStock(code)));
        Assert.All(flows, code => Assert.False(KpiSettlement.IsStock(code)));
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiSettlement.IsStock((KpiCode)99));
    }

    [Theory]
    [MemberData(nameof(Stocks))]
    public void A_stock_is_kept_under_its_as_of_day_whatever_period_asks(KpiCode code)
    {
        var month = KpiSettlement.KeyOf(code, D("2025-03-01"), D("2025-03-31"), D("2025-03-31"));
        var year = KpiSettlement.KeyOf(code, D("2025-01-01"), D("2025-12-31"), D("2025-03-31"));

        Assert.Equal((D("2025-03-31"), D("2025-03-31")), month);
        Assert.Equal(month, year);
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void A_flow_is_kept_under_its_period_so_a_month_and_a_year_ending_the_same_day_differ(KpiCode code)
    {
        var month = KpiSettlement.KeyOf(code, D("2025-12-01"), D("2025-12-31"), D("2025-12-31"));
        var year = KpiSettlement.KeyOf(code, D("2025-01-01"), D("2025-12-31"), D("2025-12-31"));

        Assert.Equal((D("2025-12-01"), D("2025-12-31")), month);
        Assert.Equal((D("2025-01-01"), D("2025-12-31")), year);
    }

    [Fact]
    public void The_long_term_average_shares_the_counts_of_the_stock_at_period_end_and_no_other_figure_shares()
    {
        Assert.Equal(KpiCode.LongTermUnemployedAtEnd, KpiSettlement.CountedAs(KpiCode.LongTermUnemployedAverage));
        Assert.All(Enum.GetValues<KpiCode>().Where(c => c != KpiCode.LongTermUnemployedAverage), c => Assert.Equal(c, KpiSettlement.CountedAs(c)));
    }

    [Theory]
    [MemberData(nameof(Stocks))]
    public void A_stock_is_settled_once_its_day_is_over(KpiCode code)
    {
        var day = D("2025-03-31");

        Assert.False(KpiSettlement.IsSettled(code, day, day, D("2025-03-30"), NoInterviews));
        Assert.False(KpiSettlement.IsSettled(code, day, day, day, NoInterviews));
        Assert.True(KpiSettlement.IsSettled(code, day, day, D("2025-04-01"), NoInterviews));
    }

    [Theory]
    [InlineData(KpiCode.KuntalisaDecisionsMade)]
    [InlineData(KpiCode.WorkTrialPositivePlacement)]
    public void Decisions_and_trials_are_settled_once_the_period_is_over(KpiCode code)
    {
        Assert.False(KpiSettlement.IsSettled(code, D("2025-01-01"), D("2025-03-31"), D("2025-02-15"), NoInterviews));
        Assert.False(KpiSettlement.IsSettled(code, D("2025-01-01"), D("2025-03-31"), D("2025-03-31"), NoInterviews));
        Assert.True(KpiSettlement.IsSettled(code, D("2025-01-01"), D("2025-03-31"), D("2025-04-01"), NoInterviews));
    }

    [Theory]
    [InlineData("2025-03-31", "2025-04-01", false)] // the period is over, but its runs are not yet judged
    [InlineData("2025-03-31", "2025-06-30", false)] // a run begun on 31.3. is judged on 30.6., and that day must be over
    [InlineData("2025-03-31", "2025-07-01", true)]
    [InlineData("2025-02-28", "2025-05-28", false)]
    [InlineData("2025-02-28", "2025-05-29", true)]
    [InlineData("2025-03-15", "2025-03-14", false)] // computed before the period ended
    public void New_runs_are_settled_once_the_last_days_run_has_reached_its_three_months(string to, string judgedOn, bool settled)
    {
        var end = D(to);

        Assert.Equal(settled, KpiSettlement.IsSettled(KpiCode.NewSpellsPassingThreeMonths, new DateOnly(end.Year, end.Month, 1), end, D(judgedOn), NoInterviews));
    }

    [Fact]
    public void Interviews_are_settled_once_the_deadline_of_every_job_search_begun_in_the_period_has_passed()
    {
        // The 2025 rules ask an interview within 5 working days: a search begun on Monday 31.3.2025 is due on Monday 7.4.
        var rules = new[] { ProcessRuleSet.Rules2025 };
        DateOnly? Due(DateOnly day) => KpiInterviewDeadline.For(day, rules);
        Assert.Equal(D("2025-04-07"), Due(D("2025-03-31")));

        Assert.False(KpiSettlement.IsSettled(KpiCode.InitialInterviewsOnTime, D("2025-03-01"), D("2025-03-31"), D("2025-04-01"), Due));
        Assert.False(KpiSettlement.IsSettled(KpiCode.InitialInterviewsOnTime, D("2025-03-01"), D("2025-03-31"), D("2025-04-07"), Due));
        Assert.True(KpiSettlement.IsSettled(KpiCode.InitialInterviewsOnTime, D("2025-03-01"), D("2025-03-31"), D("2025-04-08"), Due));
    }

    [Fact]
    public void Interviews_of_a_period_no_rule_set_covers_are_settled_once_it_is_over()
    {
        Assert.False(KpiSettlement.IsSettled(KpiCode.InitialInterviewsOnTime, D("2024-01-01"), D("2024-03-31"), D("2024-03-31"), NoInterviews));
        Assert.True(KpiSettlement.IsSettled(KpiCode.InitialInterviewsOnTime, D("2024-01-01"), D("2024-03-31"), D("2024-04-01"), NoInterviews));
    }
}
