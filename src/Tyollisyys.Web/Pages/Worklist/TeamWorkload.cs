using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One counsellor's line in the manager's view: active clients and open items.</summary>
public sealed record CounsellorWorkload(Guid CounsellorId, string Name, string OfficeName, int ActiveClients, int Overdue, int DueSoon);

/// <summary>
/// The manager's view of the worklists (issue 4 item 6): for every active counsellor whose clients the manager
/// may see, the same counts the counsellor's own "Today" section shows, grouped by office. Counted in SQL from the
/// clients' stored figures, which the calculator keeps in step (<see cref="Data.DueItems.ClientDueItems"/>).
/// </summary>
public static class TeamWorkload
{
    public static async Task<IReadOnlyList<CounsellorWorkload>> ComputeAsync(
        AppDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var counts = await db.ClientDueSummaries.AsNoTracking().OfClientsVisibleTo(user)
            .Where(s => s.IsActive)
            .GroupBy(s => s.CounsellorId)
            .Select(g => new { g.Key, Active = g.Count(), Overdue = g.Sum(s => s.OverdueItems), DueSoon = g.Sum(s => s.DueSoonItems) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var staff = await CounsellorRoster.LoadAsync(db, counts.Keys, cancellationToken);

        return [.. staff
            .Select(s => counts.GetValueOrDefault(s.Id) is { } c
                ? new CounsellorWorkload(s.Id, s.Name, s.OfficeName, c.Active, c.Overdue, c.DueSoon)
                : new CounsellorWorkload(s.Id, s.Name, s.OfficeName, 0, 0, 0))
            .OrderBy(w => w.OfficeName, StringComparer.Ordinal)
            .ThenByDescending(w => w.Overdue)
            .ThenBy(w => w.Name, StringComparer.Ordinal)];
    }
}
