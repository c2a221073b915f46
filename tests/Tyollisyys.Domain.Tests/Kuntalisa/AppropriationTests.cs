using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaDecisionFixtures;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class AppropriationTests
{
    [Fact]
    public void An_appropriation_holds_its_municipality_year_and_amount_in_cents()
    {
        var appropriation = new Appropriation(KajaaniId, 2026, 250_000.005m);

        Assert.Equal(KajaaniId, appropriation.MunicipalityId);
        Assert.Equal(2026, appropriation.Year);

        // 250 000,005 → 250 000,01 (away from zero).
        Assert.Equal(250_000.01m, appropriation.Amount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.004)]
    [InlineData(100_000_000.01)]
    public void An_amount_of_zero_or_above_100_million_is_refused(double amount) =>
        AssertRefused("Kuntalisa.Appropriation.InvalidAmount", () => _ = new Appropriation(KajaaniId, 2026, (decimal)amount));

    [Fact]
    public void Exactly_100_million_is_accepted() =>
        Assert.Equal(100_000_000m, new Appropriation(KajaaniId, 2026, 100_000_000m).Amount);

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_outside_2000_to_2100_is_refused(int year) =>
        AssertRefused("Kuntalisa.Appropriation.InvalidYear", () => _ = new Appropriation(KajaaniId, year, 1000m));

    [Fact]
    public void Revising_sets_a_new_amount_and_refuses_an_invalid_one()
    {
        var appropriation = new Appropriation(KajaaniId, 2026, 100_000m);

        appropriation.Revise(120_000m);
        Assert.Equal(120_000m, appropriation.Amount);

        AssertRefused("Kuntalisa.Appropriation.InvalidAmount", () => appropriation.Revise(0m));
        Assert.Equal(120_000m, appropriation.Amount);
    }

    [Fact]
    public void Lowering_to_exactly_the_committed_sum_is_allowed_and_a_cent_below_is_refused()
    {
        Appropriation.EnsureCanLowerTo(10_000m, 10_000m);

        var refusal = AssertRefused("Kuntalisa.Appropriation.BelowCommitted", () => Appropriation.EnsureCanLowerTo(9_999.99m, 10_000m));
        Assert.Equal([9_999.99m, 10_000m], refusal.Arguments);
    }

    [Fact]
    public void Revising_against_the_commitments_refuses_below_them_and_leaves_the_amount()
    {
        var appropriation = new Appropriation(KajaaniId, 2026, 100_000m);

        AssertRefused("Kuntalisa.Appropriation.BelowCommitted", () => appropriation.Revise(40_000m, 40_000.01m));
        Assert.Equal(100_000m, appropriation.Amount);

        appropriation.Revise(40_000m, 40_000m);
        Assert.Equal(40_000m, appropriation.Amount);
    }
}
