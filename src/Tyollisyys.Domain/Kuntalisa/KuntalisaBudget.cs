namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>A claim's period, as the budget needs it.</summary>
public sealed record ClaimedPeriod(DateOnly Start, DateOnly End);

/// <summary>
/// What the budget needs of one decision, flat so the web layer can fill it from a projection query.
/// <see cref="SubsidyStart"/>, <see cref="Months"/> and <see cref="MonthlyAmount"/> are the frozen grant (null
/// before approval); <see cref="Bonus"/> the bonus within the grant (not forecast: it depends on the employment
/// lasting, and is paid after the subsidised period).
/// </summary>
public sealed record KuntalisaDecisionSnapshot(
    KuntalisaDecisionStatus Status,
    decimal Committed,
    decimal Paid,
    decimal? MonthlyAmount,
    DateOnly? SubsidyStart,
    int? Months,
    DateOnly? EndedEarlyOn,
    IReadOnlyList<ClaimedPeriod> ClaimedPeriods,
    decimal Bonus = 0m)
{
    public static KuntalisaDecisionSnapshot Of(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            decision.Status,
            decision.Committed,
            decision.TotalPaid,
            decision.GrantedMonthlyAmount,
            decision.SubsidyStart,
            decision.GrantedMonths,
            decision.EndedEarlyOn,
            decision.Claims.Select(c => new ClaimedPeriod(c.PeriodStart, c.PeriodEnd)).ToList(),
            decision.GrantedBonus ?? 0m);
    }
}

/// <summary>Expected payments in one calendar month.</summary>
public sealed record KuntalisaBudgetMonth(int Year, int Month, decimal Expected);

/// <summary>
/// The budget page's figures for one appropriation. <see cref="Free"/> = appropriation − committed (negative only
/// if the appropriation was lowered below the commitments). The committed but unpaid money of live decisions is
/// split into <see cref="Overdue"/> (subsidy months that ended before the forecast's first month and are not yet
/// claimed), the <see cref="Forecast"/> months, and <see cref="RemainingUnscheduled"/> (expected after the year,
/// bonuses, and whatever the months do not account for).
/// </summary>
public sealed record KuntalisaBudgetSummary(
    decimal Appropriation,
    decimal Committed,
    decimal Paid,
    decimal Free,
    IReadOnlyList<KuntalisaBudgetMonth> Forecast,
    decimal Overdue,
    decimal RemainingUnscheduled)
{
    public decimal ForecastTotal => Forecast.Sum(m => m.Expected);
}

/// <summary>
/// Budget arithmetic: commitments, payments and a forecast. For each live decision (approved, in payment, ended
/// early) every subsidy month not covered by a claim is expected at the granted monthly amount (a partial last
/// month after an early end by its days), in the calendar month in which that subsidy month ends, as long as the
/// decision's unpaid commitment lasts.
/// </summary>
public static class KuntalisaBudget
{
    public static KuntalisaBudgetSummary Compute(decimal appropriation, int year, int fromMonth, IEnumerable<KuntalisaDecisionSnapshot> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromMonth, 12);

        var list = decisions.ToList();
        var committed = list.Where(d => d.Status.Commits()).Sum(d => d.Committed);
        var paid = list.Sum(d => d.Paid);
        var months = new decimal[13];
        decimal overdue = 0;
        decimal outstanding = 0;

        foreach (var decision in list.Where(d => d.Status.IsLive()))
        {
            var unpaid = Math.Max(0m, decision.Committed - decision.Paid);
            outstanding += unpaid;
            if (decision is not { MonthlyAmount: { } monthly, SubsidyStart: { } start, Months: { } count })
            {
                continue;
            }

            var left = decision.Status == KuntalisaDecisionStatus.EndedEarly ? unpaid : Math.Max(0m, unpaid - decision.Bonus);
            var period = new KuntalisaSubsidyPeriod(start, count);
            var lastDay = decision.EndedEarlyOn ?? period.End;
            for (var i = 0; i < count && left > 0m && period.MonthStart(i) <= lastDay; i++)
            {
                var monthStart = period.MonthStart(i);
                var monthEnd = period.MonthEnd(i) < lastDay ? period.MonthEnd(i) : lastDay;
                if (decision.ClaimedPeriods.Any(c => c.Start <= monthEnd && monthStart <= c.End))
                {
                    continue;
                }

                var amount = Math.Min(period.AmountFor(monthly, monthStart, monthEnd), left);
                left -= amount;
                if (monthEnd.Year < year || (monthEnd.Year == year && monthEnd.Month < fromMonth))
                {
                    overdue += amount;
                }
                else if (monthEnd.Year == year)
                {
                    months[monthEnd.Month] += amount;
                }
            }
        }

        var forecast = Enumerable.Range(fromMonth, 13 - fromMonth).Select(m => new KuntalisaBudgetMonth(year, m, months[m])).ToList();
        var unscheduled = Math.Max(0m, outstanding - overdue - forecast.Sum(m => m.Expected));
        return new KuntalisaBudgetSummary(appropriation, committed, paid, appropriation - committed, forecast, overdue, unscheduled);
    }
}
