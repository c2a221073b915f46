using System.Globalization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>What is recorded on a trial while it runs and after it: follow-up contacts, attendance, the organiser's feedback.</summary>
public sealed partial class WorkTrialAgreement
{
    /// <summary>Logs a follow-up contact; any time after the draft (also after the end, e.g. the end review).</summary>
    public WorkTrialContact LogContact(DateOnly date, ContactChannel channel, string withWhom, string? notes, WorkTrialContactKind kind = WorkTrialContactKind.Regular)
    {
        Require(WorkTrialAction.LogContact, WorkTrialStatus.Signed, WorkTrialStatus.Ongoing, WorkTrialStatus.Completed, WorkTrialStatus.Interrupted);
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        var who = Guard.RequiredText(withWhom, WorkTrialContact.WithWhomMaxLength, "WorkTrials.Contact.WithWhomRequired", "With whom");
        var text = Text.Optional(notes, WorkTrialContact.NotesMaxLength, "Notes");
        var contact = new WorkTrialContact(Guid.NewGuid(), date, channel, who, text, kind);
        _contacts.Add(contact);
        return contact;
    }

    /// <summary>
    /// Records the days attended in one calendar month, replacing what was recorded for that month before. Every date
    /// lies in the month and within the trial (<see cref="StartDate"/>–<see cref="EffectiveEnd"/>); duplicates count once.
    /// </summary>
    public AttendanceMonth RecordAttendance(int year, int month, IEnumerable<DateOnly> dates)
    {
        Require(WorkTrialAction.RecordAttendance, WorkTrialStatus.Ongoing, WorkTrialStatus.Completed, WorkTrialStatus.Interrupted);
        ArgumentNullException.ThrowIfNull(dates);
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), "The year and month must name a calendar month.");
        }

        var sorted = dates.Distinct().Order().ToList();
        if (sorted.Where(d => d.Year != year || d.Month != month).Select(d => (DateOnly?)d).FirstOrDefault() is { } outsideMonth)
        {
            throw new DomainException(
                "WorkTrials.Attendance.DateOutsideMonth",
                string.Create(CultureInfo.InvariantCulture, $"{outsideMonth:yyyy-MM-dd} is not in {year:0000}-{month:00}."),
                outsideMonth,
                year,
                month);
        }

        var end = EffectiveEnd;
        if (sorted.Where(d => d < StartDate || d > end).Select(d => (DateOnly?)d).FirstOrDefault() is { } outsideTrial)
        {
            throw new DomainException(
                "WorkTrials.Attendance.DateOutsideTrial",
                string.Create(CultureInfo.InvariantCulture, $"{outsideTrial:yyyy-MM-dd} is outside the trial {StartDate:yyyy-MM-dd}–{end:yyyy-MM-dd}."),
                outsideTrial,
                StartDate,
                end);
        }

        _attendance.RemoveAll(a => a.Year == year && a.Month == month);
        var recorded = new AttendanceMonth(Guid.NewGuid(), year, month, sorted);
        _attendance.Add(recorded);
        return recorded;
    }

    /// <summary>The expense allowance for one calendar month from the recorded attendance (see <see cref="ExpenseAllowance"/>).</summary>
    public AllowanceAmount AllowanceFor(int year, int month, IReadOnlyList<AllowanceRate> rates) =>
        ExpenseAllowance.MonthlyAmount(year, month, _attendance.SelectMany(a => a.Dates), OutsideCommutingArea, rates);

    /// <summary>Records (or replaces) the organiser's feedback: near the end of an ongoing trial or after it ended.</summary>
    public void RecordFeedback(EmployerFeedback feedback)
    {
        Require(WorkTrialAction.RecordFeedback, WorkTrialStatus.Ongoing, WorkTrialStatus.Completed, WorkTrialStatus.Interrupted);
        ArgumentNullException.ThrowIfNull(feedback);
        FeedbackGivenOn = feedback.GivenOn;
        FeedbackAttendance = feedback.Attendance;
        FeedbackWorkSkills = feedback.WorkSkills;
        FeedbackSocialSkills = feedback.SocialSkills;
        FeedbackSuitability = feedback.Suitability;
        FeedbackRecommends = feedback.Recommends;
        FeedbackText = feedback.FreeText;
    }
}
