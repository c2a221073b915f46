using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Admin.Users;

/// <summary>Queries the user pages share: office choices and the count of active admins.</summary>
public static class StaffAccounts
{
    // Any fixed number, the same for every change that could leave the register without an admin.
    private const long AdminChangesLock = 730_001;

    /// <summary>
    /// Serialises changes that can remove an admin (within the caller's transaction), so two admins
    /// deactivating each other at the same moment cannot both succeed.
    /// </summary>
    public static async Task LockAdminChangesAsync(AppDbContext db) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdminChangesLock})");

    public static Task<int> CountActiveAdminsAsync(AppDbContext db) =>
        db.Users.CountAsync(u => u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin)));

    /// <summary>Active offices, plus the user's current one even if it has since closed.</summary>
    public static async Task<List<SelectListItem>> OfficeOptionsAsync(AppDbContext db, int? currentOfficeId = null)
    {
        var offices = await db.Offices.AsNoTracking()
            .Where(o => o.IsActive || o.Id == currentOfficeId)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync();
        return offices.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    public static Task<bool> IsSelectableOfficeAsync(AppDbContext db, int officeId, int? currentOfficeId = null) =>
        db.Offices.AnyAsync(o => o.Id == officeId && (o.IsActive || o.Id == currentOfficeId));
}
