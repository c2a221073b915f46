using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// The admin-set follow-up rule: at least <paramref name="MinContactsPerWeek"/> contacts a week during the first
/// <paramref name="ForFirstWeeks"/> weeks of a trial (default 2 a week for 4 weeks, domain.md §5).
/// </summary>
public sealed record FollowUpRule(int MinContactsPerWeek = 2, int ForFirstWeeks = 4)
{
    public const int MaxContactsPerWeek = 7;
    public const int MaxWeeks = 26;

    public static FollowUpRule Default { get; } = new();

    /// <summary>Refuses a rule outside 0–7 contacts a week and 0–26 weeks (0 turns the weekly check off).</summary>
    public void Validate()
    {
        if (MinContactsPerWeek is < 0 or > MaxContactsPerWeek || ForFirstWeeks is < 0 or > MaxWeeks)
        {
            throw new DomainException(
                "WorkTrials.FollowUp.InvalidRule",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The follow-up rule asks 0–{MaxContactsPerWeek} contacts a week for 0–{MaxWeeks} weeks (got {MinContactsPerWeek} for {ForFirstWeeks})."),
                MaxContactsPerWeek,
                MaxWeeks);
        }
    }
}

/// <summary>
/// A follow-up week with fewer contacts than the rule asks: week <paramref name="Week"/> (1-based) runs
/// <paramref name="From"/>–<paramref name="To"/>.
/// </summary>
public sealed record MissedContactWeek(int Week, DateOnly From, DateOnly To, int Contacts, int Required);

public enum ExpectedEventKind
{
    StartMeeting = 1,
    MidpointVisit = 2,
    EndReview = 3,
}

public enum ExpectedEventStatus
{
    /// <summary>A contact of the matching kind has been logged.</summary>
    Met = 1,

    /// <summary>Due before today and not met.</summary>
    Overdue = 2,

    /// <summary>Due today or later.</summary>
    Upcoming = 3,
}

/// <summary>An expected follow-up event with its due date; <paramref name="MetOn"/> is the first matching contact's date.</summary>
public sealed record ExpectedEvent(ExpectedEventKind Kind, DateOnly DueDate, ExpectedEventStatus Status, DateOnly? MetOn);

/// <summary>What the follow-up of one trial asks for: the missed contact weeks and the expected events.</summary>
public sealed record FollowUpItems(IReadOnlyList<MissedContactWeek> MissedWeeks, IReadOnlyList<ExpectedEvent> Events)
{
    /// <summary>What belongs on the counsellor's worklist now: missed weeks and overdue events.</summary>
    public bool HasWork => MissedWeeks.Count > 0 || Events.Any(e => e.Status == ExpectedEventStatus.Overdue);
}

/// <summary>
/// The follow-up of a work trial (domain.md §5, issue 6 item 3).
/// <para>
/// Weekly contacts: week i (0-based) runs from <c>StartDate + 7i</c> for 7 days, for the rule's first weeks. A week
/// is missed when it has ended (today is after its last day) and fewer contacts than the rule asks are dated in it;
/// contacts of every kind count. Only weeks that lie wholly within the trial (up to its effective end) are checked, so
/// an interruption does not leave the counsellor owing contacts for days nobody worked. A trial that has not started
/// (draft, signed) has no missed weeks.
/// </para>
/// <para>
/// Expected events: the start meeting by <c>StartDate + 3 days</c>, the mid-point visit by the mid-point of the
/// agreed period (<c>StartDate + (EndDate − StartDate) / 2</c> days, rounded down), the end review by
/// <c>EffectiveEnd + 7 days</c>. Each is met by a logged contact of the matching kind, whatever its date. A draft
/// has none; a signed trial shows them as planned; a trial that ended before the mid-point has no mid-point visit;
/// a trial interrupted before it started has none.
/// </para>
/// </summary>
public static class FollowUp
{
    public const int StartMeetingDays = 3;
    public const int EndReviewDays = 7;

    public static FollowUpItems DueItems(WorkTrialAgreement trial, FollowUpRule rule, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        var end = trial.EffectiveEnd;
        if (trial.Status == WorkTrialStatus.Draft || end < trial.StartDate)
        {
            return new FollowUpItems([], []);
        }

        var missed = new List<MissedContactWeek>();
        if (trial.StartedOn is not null && rule.MinContactsPerWeek > 0)
        {
            for (var i = 0; i < rule.ForFirstWeeks; i++)
            {
                var from = trial.StartDate.AddDays(7 * i);
                var to = from.AddDays(6);
                if (to > end || today <= to)
                {
                    break;
                }

                var contacts = trial.Contacts.Count(c => c.Date >= from && c.Date <= to);
                if (contacts < rule.MinContactsPerWeek)
                {
                    missed.Add(new MissedContactWeek(i + 1, from, to, contacts, rule.MinContactsPerWeek));
                }
            }
        }

        var midpoint = trial.StartDate.AddDays((trial.EndDate.DayNumber - trial.StartDate.DayNumber) / 2);
        var events = new List<ExpectedEvent>
        {
            Expected(trial, ExpectedEventKind.StartMeeting, WorkTrialContactKind.StartMeeting, trial.StartDate.AddDays(StartMeetingDays), today),
        };
        if (midpoint <= end)
        {
            events.Add(Expected(trial, ExpectedEventKind.MidpointVisit, WorkTrialContactKind.MidpointVisit, midpoint, today));
        }

        events.Add(Expected(trial, ExpectedEventKind.EndReview, WorkTrialContactKind.EndReview, end.AddDays(EndReviewDays), today));
        return new FollowUpItems(missed, events);
    }

    private static ExpectedEvent Expected(WorkTrialAgreement trial, ExpectedEventKind kind, WorkTrialContactKind contactKind, DateOnly due, DateOnly today)
    {
        var metOn = trial.Contacts.Where(c => c.Kind == contactKind).Select(c => (DateOnly?)c.Date).Min();
        var status = metOn is not null ? ExpectedEventStatus.Met
            : due < today ? ExpectedEventStatus.Overdue
            : ExpectedEventStatus.Upcoming;
        return new ExpectedEvent(kind, due, status, metOn);
    }
}
