using Tyollisyys.Domain.Kuntalisa;
using Xunit;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaSubsidyPeriodTests
{
    [Fact]
    public void Months_from_the_31st_follow_AddMonths_and_join_up()
    {
        var period = new KuntalisaSubsidyPeriod(new DateOnly(2026, 1, 31), 3);

        // Month i runs from 31.1. + i months to 31.1. + (i + 1) months − 1 day, AddMonths clamping to the month's end:
        // 31.1.–27.2., 28.2.–30.3., 31.3.–29.4. (31.1. + 3 months = 30.4., − 1 day).
        Assert.Equal(new DateOnly(2026, 2, 27), period.MonthEnd(0));
        Assert.Equal(new DateOnly(2026, 2, 28), period.MonthStart(1));
        Assert.Equal(new DateOnly(2026, 3, 30), period.MonthEnd(1));
        Assert.Equal(new DateOnly(2026, 3, 31), period.MonthStart(2));
        Assert.Equal(new DateOnly(2026, 4, 29), period.End);
        Assert.Equal(28, period.DaysIn(0));
    }

    [Fact]
    public void A_day_falls_in_exactly_one_month_of_the_period()
    {
        var period = new KuntalisaSubsidyPeriod(new DateOnly(2026, 3, 15), 2);

        Assert.Equal(0, period.IndexOfMonthContaining(new DateOnly(2026, 4, 14)));
        Assert.Equal(1, period.IndexOfMonthContaining(new DateOnly(2026, 4, 15)));
        Assert.Null(period.IndexOfMonthContaining(new DateOnly(2026, 5, 15)));
        Assert.Null(period.IndexOfMonthContaining(new DateOnly(2026, 3, 14)));
        Assert.Equal(1, period.IndexOfMonthStarting(new DateOnly(2026, 4, 15)));
        Assert.Null(period.IndexOfMonthStarting(new DateOnly(2026, 4, 16)));
    }

    [Fact]
    public void An_amount_for_whole_and_partial_months_is_rounded_once()
    {
        var period = new KuntalisaSubsidyPeriod(new DateOnly(2026, 4, 1), 6);

        // 1 000 × 1 + 1 000 × 10/31 = 1 000 + 322,580… = 1 322,58; 1,3226 months.
        Assert.Equal(1322.58m, period.AmountFor(1000m, new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 10)));
        Assert.Equal(1.3226m, period.MonthsIn(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 10)));
        Assert.Equal(2000m, period.AmountFor(1000m, new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 30)));
    }
}
