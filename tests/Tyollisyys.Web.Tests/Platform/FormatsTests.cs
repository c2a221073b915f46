using Tyollisyys.Web.Infrastructure.Localization;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(2026, 1, 5, "5.1.2026")]
    [InlineData(2025, 12, 31, "31.12.2025")]
    public void Dates_are_day_month_year_without_leading_zeros(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Formats.Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("1234.56", "1\u00A0234,56\u00A0€")]
    [InlineData("0", "0,00\u00A0€")]
    [InlineData("3600", "3\u00A0600,00\u00A0€")]
    [InlineData("1234567.8", "1\u00A0234\u00A0567,80\u00A0€")]
    [InlineData("-450", "\u2212450,00\u00A0€")]
    public void Money_has_grouped_thousands_a_decimal_comma_and_the_euro_sign_after(string amount, string expected) =>
        Assert.Equal(expected, Formats.Euros(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Times_are_shown_in_Finnish_time()
    {
        // 22.00 UTC on 31 December is already the new year in Helsinki (UTC+2 in winter).
        Assert.Equal("1.1.2026 0.00", Formats.DateTime(new DateTimeOffset(2025, 12, 31, 22, 0, 0, TimeSpan.Zero)));
        Assert.Equal("1.1.2026", Formats.Date(new DateTimeOffset(2025, 12, 31, 22, 0, 0, TimeSpan.Zero)));
    }
}
