using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class AppropriationTests
{
    [Fact]
    public void A_new_appropriation_keeps_its_municipality_year_and_amount()
    {
        var appropriation = new Appropriation(7, 2026, 250_000m);

        Assert.Equal((7, 2026, 250_000m), (appropriation.MunicipalityId, appropriation.Year, appropriation.Amount));
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2100)]
    public void The_first_and_last_allowed_years_are_accepted(int year) =>
        Assert.Equal(year, new Appropriation(1, year, 1m).Year);

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(0)]
    public void A_year_outside_2000_to_2100_is_refused(int year) =>
        AssertRefused("Kuntalisa.Appropriation.InvalidYear", () => new Appropriation(1, year, 1000m));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.004")]
    [InlineData("100000000.01")]
    public void An_amount_of_nothing_or_over_a_hundred_million_is_refused(string amount) =>
        AssertRefused("Kuntalisa.Appropriation.InvalidAmount", () => new Appropriation(1, 2026, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Exactly_a_hundred_million_is_accepted() =>
        Assert.Equal(100_000_000m, new Appropriation(1, 2026, 100_000_000m).Amount);

    [Fact]
    public void The_amount_is_kept_in_cents() =>
        Assert.Equal(1234.57m, new Appropriation(1, 2026, 1234.565m).Amount);

    [Fact]
    public void Revising_changes_only_the_amount()
    {
        var appropriation = new Appropriation(3, 2026, 100_000m);

        appropriation.Revise(120_500.50m);

        Assert.Equal((3, 2026, 120_500.50m), (appropriation.MunicipalityId, appropriation.Year, appropriation.Amount));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000001")]
    public void A_revision_to_an_invalid_amount_is_refused_and_the_old_amount_stays(string amount)
    {
        var appropriation = new Appropriation(3, 2026, 100_000m);

        AssertRefused("Kuntalisa.Appropriation.InvalidAmount", () =>
        {
            appropriation.Revise(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
            return appropriation;
        });
        Assert.Equal(100_000m, appropriation.Amount);
    }

    private static void AssertRefused(string messageKey, Func<object> action) =>
        Assert.Equal(messageKey, Assert.Throws<DomainException>(action).MessageKey);
}
