using Tyollisyys.Domain.Kuntalisa;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

/// <summary>What a decision's grant still allows, computed from stored figures as exports and lists project them.</summary>
public sealed class KuntalisaRemainingTests
{
    [Theory]
    [InlineData(KuntalisaDecisionStatus.Approved)]
    [InlineData(KuntalisaDecisionStatus.InPayment)]
    [InlineData(KuntalisaDecisionStatus.EndedEarly)]
    public void A_live_decision_has_the_grant_less_what_was_paid_remaining(KuntalisaDecisionStatus status)
    {
        Assert.Equal(6_080m, KuntalisaDecision.RemainingOf(status, null, 10_080m, 4_000m));
    }

    [Fact]
    public void After_an_early_end_the_allowed_total_replaces_the_grant()
    {
        Assert.Equal(1_040m, KuntalisaDecision.RemainingOf(KuntalisaDecisionStatus.EndedEarly, 5_040m, 10_080m, 4_000m));
    }

    [Fact]
    public void Remaining_is_never_below_zero()
    {
        Assert.Equal(0m, KuntalisaDecision.RemainingOf(KuntalisaDecisionStatus.EndedEarly, 3_000m, 10_080m, 4_000m));
    }

    [Theory]
    [InlineData(KuntalisaDecisionStatus.Draft)]
    [InlineData(KuntalisaDecisionStatus.Submitted)]
    [InlineData(KuntalisaDecisionStatus.Rejected)]
    [InlineData(KuntalisaDecisionStatus.Closed)]
    [InlineData(KuntalisaDecisionStatus.Cancelled)]
    public void A_decision_that_expects_no_payments_has_nothing_remaining(KuntalisaDecisionStatus status)
    {
        Assert.Equal(0m, KuntalisaDecision.RemainingOf(status, null, 10_080m, 4_000m));
    }
}
