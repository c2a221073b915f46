using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>A counsellor as the manager's views list them: name, office and that office's caseload target.</summary>
public sealed record RosterEntry(Guid Id, string Name, bool IsActive, int OfficeId, string OfficeName, int CaseloadTarget);

/// <summary>
/// Whom the manager's per-counsellor views list: every active counsellor, and staff no longer active (or no longer
/// counsellors) who still hold clients, so that those clients are not lost from sight.
/// </summary>
public static class CounsellorRoster
{
    public static async Task<List<RosterEntry>> LoadAsync(AppDbContext db, IEnumerable<Guid> holdingClients, CancellationToken cancellationToken)
    {
        var counsellorRole = await db.Roles.Where(r => r.Name == Roles.Counsellor).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var roster = await (
            from user in db.Users.AsNoTracking()
            join office in db.Offices on user.OfficeId equals office.Id
            where user.IsActive && db.UserRoles.Any(r => r.UserId == user.Id && r.RoleId == counsellorRole)
            select new RosterEntry(user.Id, user.DisplayName, user.IsActive, office.Id, office.Name, office.CaseloadTarget))
            .ToListAsync(cancellationToken);

        var missing = holdingClients.Except(roster.Select(s => s.Id)).ToList();
        if (missing.Count > 0)
        {
            roster.AddRange(await (
                from user in db.Users.AsNoTracking()
                join office in db.Offices on user.OfficeId equals office.Id
                where missing.Contains(user.Id)
                select new RosterEntry(user.Id, user.DisplayName, user.IsActive, office.Id, office.Name, office.CaseloadTarget))
                .ToListAsync(cancellationToken));
        }

        return roster;
    }
}
