using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>A counsellor a client can be assigned to.</summary>
public sealed record CounsellorOption(Guid Id, string DisplayName, int OfficeId, string OfficeName);

/// <summary>The choices the client forms offer, read from the database.</summary>
public static class FormOptions
{
    /// <summary>Active municipalities in the user's language; a closed one stays listed while a client still has it.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MunicipalitiesAsync(this AppDbContext db, int? current = null)
    {
        var swedish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv";
        var rows = await db.Municipalities.AsNoTracking()
            .Where(m => m.IsActive || m.Id == current)
            .Select(m => new { m.Id, Name = swedish ? m.NameSv : m.NameFi })
            .ToListAsync();
        return [.. rows
            .OrderBy(m => m.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>Active staff with the Counsellor role, optionally only those of one office, in name order.</summary>
    public static async Task<IReadOnlyList<CounsellorOption>> ActiveCounsellorsAsync(this AppDbContext db, int? officeId = null)
    {
        var rows = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            join office in db.Offices on user.OfficeId equals office.Id
            where role.Name == Roles.Counsellor && user.IsActive && (officeId == null || user.OfficeId == officeId)
            select new CounsellorOption(user.Id, user.DisplayName, user.OfficeId, office.Name))
            .ToListAsync();
        return [.. rows.OrderBy(c => c.DisplayName, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
    }

    /// <summary>A staff user's name and office, for showing who a client is assigned to (even when no longer active).</summary>
    public static async Task<CounsellorOption?> CounsellorAsync(this AppDbContext db, Guid id) =>
        await (
            from user in db.Users.AsNoTracking()
            join office in db.Offices on user.OfficeId equals office.Id
            where user.Id == id
            select new CounsellorOption(user.Id, user.DisplayName, user.OfficeId, office.Name))
            .FirstOrDefaultAsync();

    public static IReadOnlyList<SelectListItem> CounsellorItems(IEnumerable<CounsellorOption> counsellors) =>
        [.. counsellors.Select(c => new SelectListItem($"{c.DisplayName} ({c.OfficeName})", c.Id.ToString()))];
}
