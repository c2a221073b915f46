using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One counsellor's line in the manager's view: active clients and open items.</summary>
public sealed record CounsellorWorkload(Guid CounsellorId, string Name, string OfficeName, int ActiveClients, int Overdue, int DueSoon);

/// <summary>
/// The manager's view of the worklists (issue 4 item 6): for every active counsellor whose clients the manager
/// may see, the same counts the counsellor's own "Today" section shows, grouped by office. Counted in SQL from the
/// stored due items, which the calculator keeps in step (<see cref="Data.DueItems.ClientDueItems"/>).
/// </summary>
public static class TeamWorkload
{
    public static async Task<IReadOnlyList<CounsellorWorkload>> ComputeAsync(
        AppDbContext db, IQueryable<JobSeeker> visibleClients, DateOnly today, CancellationToken cancellationToken = default)
    {
        var active = await visibleClients.AsNoTracking()
            .Where(c => c.CurrentStatus != null)
            .GroupBy(c => c.CounsellorId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var items = await DueItemCounts.ByCounsellorAsync(db, visibleClients, today, cancellationToken);
        var staff = await CounsellorRoster.LoadAsync(db, active.Keys, cancellationToken);

        return [.. staff
            .Select(s =>
            {
                var counts = items.GetValueOrDefault(s.Id);
                return new CounsellorWorkload(s.Id, s.Name, s.OfficeName, active.GetValueOrDefault(s.Id), counts?.Overdue ?? 0, counts?.DueSoon ?? 0);
            })
            .OrderBy(w => w.OfficeName, StringComparer.Ordinal)
            .ThenByDescending(w => w.Overdue)
            .ThenBy(w => w.Name, StringComparer.Ordinal)];
    }
}
