using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One follow-up item of a work trial on the worklist: a missed contact week, or an expected event overdue or due soon.</summary>
public sealed record WorkTrialFollowUpEntry(
    long ClientId,
    string ClientName,
    long TrialId,
    DateOnly DueDate,
    bool IsOverdue,
    MissedContactWeek? MissedWeek,
    ExpectedEvent? Event);

/// <summary>
/// The work-trial follow-up part of the worklist (issue 6 item 3): for the given clients' trials that are signed,
/// ongoing or ended within the last 60 days, the follow-up rule's missed contact weeks and the expected events
/// (start meeting, mid-point visit, end review) overdue or due within the worklist's horizon. Logged contacts clear them.
/// </summary>
public static class WorkTrialFollowUpQuery
{
    public const int RecentlyEndedDays = 60;

    public static async Task<IReadOnlyList<WorkTrialFollowUpEntry>> ComputeAsync(
        AppDbContext db, IQueryable<JobSeeker> clients, DateOnly today, FollowUpRule rule, CancellationToken cancellationToken = default)
    {
        var since = today.AddDays(-RecentlyEndedDays);
        var trials = await db.WorkTrials.AsNoTracking()
            .Where(w => clients.Any(c => c.Id == w.JobSeekerId)
                && (w.Status == WorkTrialStatus.Signed || w.Status == WorkTrialStatus.Ongoing
                    || ((w.Status == WorkTrialStatus.Completed || w.Status == WorkTrialStatus.Interrupted)
                        && (w.InterruptedOn ?? w.CompletedOn ?? w.EndDate) >= since)))
            .Include(w => w.Contacts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (trials.Count == 0)
        {
            return [];
        }

        var ids = trials.Select(t => t.JobSeekerId).Distinct().ToList();
        var names = await db.JobSeekers.AsNoTracking().Where(j => ids.Contains(j.Id))
            .ToDictionaryAsync(j => j.Id, j => j.LastName + ", " + j.FirstNames, cancellationToken);
        var horizon = today.AddDays(DeadlineCalculator.DueSoonDays);
        var entries = new List<WorkTrialFollowUpEntry>();
        foreach (var trial in trials)
        {
            var items = FollowUp.DueItems(trial, rule, today);
            var name = names[trial.JobSeekerId];
            entries.AddRange(items.MissedWeeks.Select(w => new WorkTrialFollowUpEntry(trial.JobSeekerId, name, trial.Id, w.To, true, w, null)));
            entries.AddRange(items.Events
                .Where(e => e.Status == ExpectedEventStatus.Overdue || (e.Status == ExpectedEventStatus.Upcoming && e.DueDate <= horizon))
                .Select(e => new WorkTrialFollowUpEntry(trial.JobSeekerId, name, trial.Id, e.DueDate, e.Status == ExpectedEventStatus.Overdue, null, e)));
        }

        return [.. entries.OrderByDescending(e => e.IsOverdue).ThenBy(e => e.DueDate).ThenBy(e => e.ClientName, StringComparer.Ordinal)];
    }
}
