using Tyollisyys.Domain.Calendar;
using Xunit;

namespace Tyollisyys.Domain.Tests.Calendar;

public sealed class EasterTests
{
    // The earliest and latest possible dates and the century years exercise the correction terms.
    [Theory]
    [InlineData(1583, 4, 10)]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    [InlineData(2100, 3, 28)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_is_right_in_unusual_years(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));

    [Fact]
    public void Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = Easter.FirstYear; year <= DateOnly.MaxValue.Year; year++)
        {
            var easter = Easter.Sunday(year);

            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }
}
