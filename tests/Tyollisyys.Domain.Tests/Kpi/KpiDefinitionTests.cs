using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kpi;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kpi;

public sealed class KpiDefinitionTests
{
    [Fact]
    public void A_share_is_rounded_to_one_decimal_and_has_no_value_without_members()
    {
        var share = KpiDefinitions.Of(KpiCode.ActivationRate);
        Assert.Equal(66.7m, share.ValueOf(new KpiCounts(3, 2)));
        Assert.Equal(0.0m, share.ValueOf(new KpiCounts(3, 0)));
        Assert.Null(share.ValueOf(KpiCounts.None));
    }

    [Fact]
    public void Counts_averages_caseloads_and_the_appropriation_share_come_from_their_own_parts()
    {
        Assert.Equal(0m, KpiDefinitions.Of(KpiCode.UnemployedUnder25).ValueOf(KpiCounts.None));
        Assert.Equal(12m, KpiDefinitions.Of(KpiCode.LongTermUnemployedAtEnd).ValueOf(new KpiCounts(12, 12)));
        Assert.Equal(2.3m, KpiDefinitions.Of(KpiCode.LongTermUnemployedAverage).ValueOf(new KpiCounts(3, 7)));
        Assert.Equal(81.5m, KpiDefinitions.Of(KpiCode.ClientsPerCounsellor).ValueOf(new KpiCounts(163, 0, 0m, 2)));
        Assert.Null(KpiDefinitions.Of(KpiCode.ClientsPerCounsellor).ValueOf(new KpiCounts(3, 0)));
        var used = KpiDefinitions.Of(KpiCode.KuntalisaAppropriationUsed);
        Assert.Equal(33.3m, used.ValueOf(new KpiCounts(2, 2, 10_000m), 30_000m));
        Assert.Null(used.ValueOf(new KpiCounts(2, 2, 10_000m), null));
        Assert.Null(used.ValueOf(new KpiCounts(2, 2, 10_000m), 0m));
    }

    [Fact]
    public void A_target_is_met_at_or_under_it_or_at_or_over_it_by_its_direction_and_unknown_without_both()
    {
        var atMost = KpiDefinitions.Of(KpiCode.NewSpellsPassingThreeMonths);
        var atLeast = KpiDefinitions.Of(KpiCode.ActivationRate);
        Assert.True(atMost.IsMet(25m, 25m));
        Assert.False(atMost.IsMet(25.1m, 25m));
        Assert.True(atLeast.IsMet(50m, 50m));
        Assert.False(atLeast.IsMet(49.9m, 50m));
        Assert.Null(atLeast.IsMet(null, 50m));
        Assert.Null(atLeast.IsMet(50m, null));
    }

    [Fact]
    public void Only_a_count_of_events_has_its_yearly_target_prorated_to_shorter_periods()
    {
        var decisions = KpiDefinitions.Of(KpiCode.KuntalisaDecisionsMade);
        Assert.Equal(10m, decisions.TargetFor(40m, KpiPeriod.Quarter(2026, 1)));
        Assert.Equal(3.3m, decisions.TargetFor(40m, KpiPeriod.Month(2026, 1)));
        Assert.Equal(40m, decisions.TargetFor(40m, KpiPeriod.OfYear(2026)));
        Assert.Null(decisions.TargetFor(null, KpiPeriod.OfYear(2026)));
        Assert.Equal(25m, KpiDefinitions.Of(KpiCode.LongTermUnemployedAtEnd).TargetFor(25m, KpiPeriod.Month(2026, 1)));
        Assert.Equal([KpiCode.KuntalisaDecisionsMade], KpiDefinitions.All.Where(d => d.ProratedTarget).Select(d => d.Code));
    }

    [Fact]
    public void A_target_is_kept_within_its_units_range_with_at_most_two_decimals()
    {
        var target = new KpiTarget(1, 2026, KpiCode.ActivationRate, 50m);
        target.Revise(100m);
        Assert.Equal(100m, target.Value);

        Assert.Equal("Kpi.Target.OutOfRange", Assert.Throws<DomainException>(() => target.Revise(100.01m)).MessageKey);
        Assert.Equal("Kpi.Target.OutOfRange", Assert.Throws<DomainException>(() => target.Revise(-1m)).MessageKey);
        Assert.Equal("Kpi.Target.OutOfRange", Assert.Throws<DomainException>(() => target.Revise(1.005m)).MessageKey);
        Assert.Equal(150m, new KpiTarget(1, 2026, KpiCode.ClientsPerCounsellor, 150m).Value);
        Assert.Equal("Kpi.Period.InvalidYear", Assert.Throws<DomainException>(() => new KpiTarget(1, 1999, KpiCode.ActivationRate, 50m)).MessageKey);
    }
}
