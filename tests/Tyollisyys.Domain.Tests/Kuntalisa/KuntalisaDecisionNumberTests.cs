using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaDecisionNumberTests
{
    [Theory]
    [InlineData(2026, 42, "KL-2026-0042")]
    [InlineData(2026, 1, "KL-2026-0001")]
    [InlineData(2000, 9999, "KL-2000-9999")]
    [InlineData(2100, 10000, "KL-2100-10000")]
    [InlineData(2026, 123456, "KL-2026-123456")]
    public void A_number_prints_as_KL_year_and_at_least_four_digits(int year, int sequence, string expected) =>
        Assert.Equal(expected, new KuntalisaDecisionNumber(year, sequence).ToString());

    [Theory]
    [InlineData("KL-2026-0042", 2026, 42)]
    [InlineData("  kl-2026-0042 ", 2026, 42)]
    [InlineData("KL-2026-10000", 2026, 10000)]
    public void A_number_parses_back(string text, int year, int sequence)
    {
        Assert.True(KuntalisaDecisionNumber.TryParse(text, out var number));
        Assert.Equal(new KuntalisaDecisionNumber(year, sequence), number);
        Assert.Equal(new KuntalisaDecisionNumber(year, sequence), KuntalisaDecisionNumber.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("KL-2026-042")]
    [InlineData("KL-2026-00042")]
    [InlineData("KL-2026-0000")]
    [InlineData("KL-1999-0001")]
    [InlineData("KL-2101-0001")]
    [InlineData("KL-26-0001")]
    [InlineData("KL-2026-")]
    [InlineData("KL-2026-00a1")]
    [InlineData("KL-2026 0001")]
    [InlineData("XX-2026-0001")]
    [InlineData("KL2026-0001")]
    [InlineData("KL-2026-+001")]
    [InlineData("KL-2026-99999999999")]
    public void Anything_but_the_canonical_form_is_refused(string? text)
    {
        Assert.False(KuntalisaDecisionNumber.TryParse(text, out var number));
        Assert.Null(number);
        Assert.Equal("Kuntalisa.DecisionNumber.Invalid", Assert.Throws<DomainException>(() => KuntalisaDecisionNumber.Parse(text)).MessageKey);
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(2101, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, -5)]
    public void A_year_outside_2000_to_2100_or_a_sequence_below_1_is_refused(int year, int sequence) =>
        Assert.Equal(
            "Kuntalisa.DecisionNumber.Invalid",
            Assert.Throws<DomainException>(() => new KuntalisaDecisionNumber(year, sequence)).MessageKey);

    [Fact]
    public void Numbers_are_equal_by_value()
    {
        Assert.Equal(new KuntalisaDecisionNumber(2026, 7), new KuntalisaDecisionNumber(2026, 7));
        Assert.NotEqual(new KuntalisaDecisionNumber(2026, 7), new KuntalisaDecisionNumber(2027, 7));
    }
}
