namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// The days the person attended the trial in one calendar month, recorded for the expense allowance
/// (<see cref="WorkTrialAgreement.RecordAttendance"/>; recording a month again replaces it). The dates are
/// distinct, sorted and all in <see cref="Year"/>-<see cref="Month"/>; an empty list means "recorded: no days".
/// </summary>
public sealed class AttendanceMonth
{
    private AttendanceMonth()
    {
        Dates = [];
    }

    internal AttendanceMonth(Guid key, int year, int month, List<DateOnly> dates)
    {
        Key = key;
        Year = year;
        Month = month;
        Dates = dates;
    }

    public long Id { get; private set; }

    public long WorkTrialId { get; private set; }

    public Guid Key { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public List<DateOnly> Dates { get; private set; }

    public int DaysAttended => Dates.Count;
}
