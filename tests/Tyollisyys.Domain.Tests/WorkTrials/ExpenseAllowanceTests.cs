using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class ExpenseAllowanceTests
{
    private static readonly IReadOnlyList<AllowanceRate> Rates = ExpenseAllowance.StandardRates;

    private static DateOnly[] March(params int[] days) => [.. days.Select(d => new DateOnly(2026, 3, d))];

    [Fact]
    public void Each_attended_day_pays_nine_euros()
    {
        // Mon–Thu 2.–5.3. and 9.–12.3.2026: 8 days × 9 € = 72 €.
        Assert.Equal(new AllowanceAmount(8, 8, 72.00m), ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4, 5, 9, 10, 11, 12), false, Rates));
    }

    [Fact]
    public void Outside_the_commuting_area_each_day_pays_eighteen_euros()
    {
        // 8 days × 18 € = 144 €.
        Assert.Equal(new AllowanceAmount(8, 8, 144.00m), ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4, 5, 9, 10, 11, 12), true, Rates));
    }

    [Fact]
    public void Six_attended_days_in_one_week_pay_five()
    {
        // Mon 2.3. – Sat 7.3.2026 in ISO week 10: 5 × 9 € = 45 €.
        Assert.Equal(new AllowanceAmount(6, 5, 45.00m), ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4, 5, 6, 7), false, Rates));
    }

    [Fact]
    public void A_rate_change_mid_month_pays_each_day_at_the_rate_in_force()
    {
        IReadOnlyList<AllowanceRate> rates = [new(DateOnly.MinValue, 9m, 18m), new(new DateOnly(2026, 3, 16), 10.50m, 21m)];

        // 2.–4.3.: 3 × 9 = 27; 16.–17.3.: 2 × 10.50 = 21; in all 48 €.
        Assert.Equal(48.00m, ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4, 16, 17), false, rates).Amount);

        // Outside: 3 × 18 = 54; 2 × 21 = 42; in all 96 €.
        Assert.Equal(96.00m, ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4, 16, 17), true, rates).Amount);
    }

    [Fact]
    public void A_week_split_between_months_is_capped_as_a_whole_earlier_days_first()
    {
        // Mon 30.3. – Sun 5.4.2026 is ISO week 14: 7 days attended, the first 5 paid: 30.3., 31.3. in March (18 €),
        // 1.–3.4. in April (27 €); together 45 € = one capped week.
        DateOnly[] week = [.. Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 3, 30).AddDays(i))];

        Assert.Equal(new AllowanceAmount(2, 2, 18.00m), ExpenseAllowance.MonthlyAmount(2026, 3, week, false, Rates));
        Assert.Equal(new AllowanceAmount(5, 3, 27.00m), ExpenseAllowance.MonthlyAmount(2026, 4, week, false, Rates));
        Assert.Equal(new AllowanceAmount(7, 5, 45.00m), ExpenseAllowance.Amount(week, false, Rates));
    }

    [Fact]
    public void The_sum_is_rounded_to_cents_half_away_from_zero()
    {
        IReadOnlyList<AllowanceRate> rates = [new(DateOnly.MinValue, 9.125m, 18m)];

        // 3 × 9.125 = 27.375 → 27.38.
        Assert.Equal(27.38m, ExpenseAllowance.MonthlyAmount(2026, 3, March(2, 3, 4), false, rates).Amount);
    }

    [Fact]
    public void A_day_before_every_rate_and_a_broken_rate_list_are_refused()
    {
        IReadOnlyList<AllowanceRate> from2027 = [new(new DateOnly(2027, 1, 1), 9m, 18m)];
        var refusal = AssertRefused("WorkTrials.Allowance.NoRateInForce", () => ExpenseAllowance.MonthlyAmount(2026, 3, March(2), false, from2027));
        Assert.Equal([new DateOnly(2026, 3, 2)], refusal.Arguments);

        AssertRefused("WorkTrials.Allowance.InvalidRates", () => ExpenseAllowance.MonthlyAmount(2026, 3, March(2), false, []));
        AssertRefused("WorkTrials.Allowance.InvalidRates", () => ExpenseAllowance.MonthlyAmount(2026, 3, March(2), false, [new(DateOnly.MinValue, -9m, 18m)]));
        AssertRefused("WorkTrials.Allowance.InvalidRates", () => ExpenseAllowance.MonthlyAmount(2026, 3, March(2), false, [new(DateOnly.MinValue, 9m, 18m), new(DateOnly.MinValue, 10m, 20m)]));
    }

    [Fact]
    public void Attendance_is_recorded_per_month_and_recording_again_replaces_it()
    {
        var trial = Ongoing(Details(outside: true));

        trial.RecordAttendance(2026, 3, March(2, 3, 3, 4));
        var replaced = trial.RecordAttendance(2026, 3, March(5, 2));

        Assert.Equal([replaced], trial.Attendance);
        Assert.Equal(March(2, 5), replaced.Dates);
        // 2 days × 18 € (outside the commuting area) = 36 €.
        Assert.Equal(new AllowanceAmount(2, 2, 36.00m), trial.AllowanceFor(2026, 3, Rates));
    }

    [Fact]
    public void The_agreements_allowance_caps_a_week_across_its_recorded_months()
    {
        var trial = Ongoing();
        trial.RecordAttendance(2026, 3, March(30, 31));
        trial.RecordAttendance(2026, 4, [.. Enumerable.Range(1, 5).Select(d => new DateOnly(2026, 4, d))]);

        // As above: March 2 × 9 = 18 €; April 3 of 5 days × 9 = 27 €.
        Assert.Equal(18.00m, trial.AllowanceFor(2026, 3, Rates).Amount);
        Assert.Equal(new AllowanceAmount(5, 3, 27.00m), trial.AllowanceFor(2026, 4, Rates));
    }

    [Fact]
    public void Attended_dates_lie_in_the_month_and_within_the_trial()
    {
        var trial = Ongoing();

        var wrongMonth = AssertRefused("WorkTrials.Attendance.DateOutsideMonth", () => trial.RecordAttendance(2026, 3, [new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1)]));
        Assert.Equal([new DateOnly(2026, 4, 1), 2026, 3], wrongMonth.Arguments);

        // The trial runs 2.3.–29.5.2026.
        var beforeStart = AssertRefused("WorkTrials.Attendance.DateOutsideTrial", () => trial.RecordAttendance(2026, 3, March(1, 2)));
        Assert.Equal([new DateOnly(2026, 3, 1), Start, End], beforeStart.Arguments);
        AssertRefused("WorkTrials.Attendance.DateOutsideTrial", () => trial.RecordAttendance(2026, 5, [new DateOnly(2026, 5, 30)]));

        Assert.Empty(trial.Attendance);
    }

    [Fact]
    public void After_an_interruption_attendance_ends_on_the_last_day()
    {
        var trial = Ongoing();
        trial.Interrupt(new DateOnly(2026, 3, 10), "Sairastuminen.");

        trial.RecordAttendance(2026, 3, March(9, 10));
        AssertRefused("WorkTrials.Attendance.DateOutsideTrial", () => trial.RecordAttendance(2026, 3, March(11)));
    }
}
