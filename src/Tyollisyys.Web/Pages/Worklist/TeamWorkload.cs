using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One counsellor's line in the manager's view: active clients and open items.</summary>
public sealed record CounsellorWorkload(Guid CounsellorId, string Name, string OfficeName, int ActiveClients, int Overdue, int DueSoon);

/// <summary>
/// The manager's view of the worklists (issue 4 item 6): for every active counsellor whose clients the manager
/// may see, the same counts the counsellor's own "Today" section shows, grouped by office.
/// </summary>
public static class TeamWorkload
{
    public static async Task<IReadOnlyList<CounsellorWorkload>> ComputeAsync(
        AppDbContext db, IQueryable<JobSeeker> visibleClients, DateOnly today, CancellationToken cancellationToken = default)
    {
        var deadlines = await ClientDeadlineQuery.ComputeAsync(db, visibleClients, today, cancellationToken);
        var byCounsellor = deadlines.GroupBy(d => d.CounsellorId).ToDictionary(
            g => g.Key,
            g => (Clients: g.Count(),
                Overdue: g.Sum(c => c.Items.Count(i => i.Status == DueItemStatus.Overdue)),
                DueSoon: g.Sum(c => c.Items.Count(i => i.Status == DueItemStatus.DueSoon))));

        var counsellorRole = await db.Roles.Where(r => r.Name == Roles.Counsellor).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var staff = await (
            from user in db.Users.AsNoTracking()
            join office in db.Offices on user.OfficeId equals office.Id
            where user.IsActive && db.UserRoles.Any(r => r.UserId == user.Id && r.RoleId == counsellorRole)
            select new { user.Id, user.DisplayName, OfficeName = office.Name })
            .ToListAsync(cancellationToken);

        // Inactive staff who still hold clients are listed too, so their clients' items are not lost from sight.
        var missing = byCounsellor.Keys.Except(staff.Select(s => s.Id)).ToList();
        if (missing.Count > 0)
        {
            staff.AddRange(await (
                from user in db.Users.AsNoTracking()
                join office in db.Offices on user.OfficeId equals office.Id
                where missing.Contains(user.Id)
                select new { user.Id, user.DisplayName, OfficeName = office.Name })
                .ToListAsync(cancellationToken));
        }

        return [.. staff
            .Select(s =>
            {
                var counts = byCounsellor.GetValueOrDefault(s.Id);
                return new CounsellorWorkload(s.Id, s.DisplayName, s.OfficeName, counts.Clients, counts.Overdue, counts.DueSoon);
            })
            .OrderBy(w => w.OfficeName, StringComparer.Ordinal)
            .ThenByDescending(w => w.Overdue)
            .ThenBy(w => w.Name, StringComparer.Ordinal)];
    }
}
