using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Admin.Users;

/// <summary>Staff users: search, filters, sorting and offset paging (staff counts are small).</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> SortColumns = ["name", "username", "office"];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Office { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    /// <summary>"active", "inactive" or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Office is not null || Role is not null || Status is not null;

    public List<UserRow> Rows { get; private set; } = [];

    public List<SelectListItem> OfficeOptions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Sort = SortColumns.Contains(Sort) ? Sort : "name";
        Role = Roles.All.Contains(Role) ? Role : null;
        Status = Status is "active" or "inactive" ? Status : null;
        OfficeOptions = await StaffAccounts.OfficeOptionsAsync(db, Office);

        var query = from u in db.Users
                    join o in db.Offices on u.OfficeId equals o.Id
                    select new { User = u, OfficeName = o.Name };
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = LikePattern.Contains(Q.Trim());
            query = query.Where(x => EF.Functions.ILike(x.User.UserName!, pattern, LikePattern.Escape)
                || EF.Functions.ILike(x.User.DisplayName, pattern, LikePattern.Escape));
        }

        if (Office is { } officeId)
        {
            query = query.Where(x => x.User.OfficeId == officeId);
        }

        if (Role is { } role)
        {
            query = query.Where(x => db.UserRoles.Any(ur => ur.UserId == x.User.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (Status is not null)
        {
            var active = Status == "active";
            query = query.Where(x => x.User.IsActive == active);
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        query = (Sort, Desc) switch
        {
            ("username", false) => query.OrderBy(x => x.User.UserName),
            ("username", true) => query.OrderByDescending(x => x.User.UserName),
            ("office", false) => query.OrderBy(x => x.OfficeName).ThenBy(x => x.User.DisplayName),
            ("office", true) => query.OrderByDescending(x => x.OfficeName).ThenBy(x => x.User.DisplayName),
            (_, false) => query.OrderBy(x => x.User.DisplayName).ThenBy(x => x.User.UserName),
            (_, true) => query.OrderByDescending(x => x.User.DisplayName).ThenBy(x => x.User.UserName),
        };
        Rows = await query
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new UserRow(
                x.User.Id,
                x.User.DisplayName,
                x.User.UserName ?? string.Empty,
                x.OfficeName,
                (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == x.User.Id select r.Name!).ToList(),
                x.User.IsActive,
                x.User.LastLoginAt))
            .ToListAsync();
    }

    /// <summary>This list's address with the current filters, sorted and paged as asked.</summary>
    public string ListUrl(string? sort = null, bool? desc = null, int? pageNumber = null) =>
        Url.Page("/Admin/Users/Index", new RouteValueDictionary
        {
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
            ["office"] = Office,
            ["role"] = Role,
            ["status"] = Status,
            ["sort"] = sort ?? Sort,
            ["desc"] = (desc ?? Desc) ? "true" : null,
            ["p"] = pageNumber is null or 1 ? null : pageNumber,
        })!;

    /// <summary>A column header: its link sorts ascending first, descending when already sorted ascending.</summary>
    public SortHeader Header(string text, string column) =>
        new(text, ListUrl(column, Sort == column && !Desc, 1), Sort != column ? null : Desc ? "descending" : "ascending");

    public sealed record UserRow(
        Guid Id,
        string DisplayName,
        string UserName,
        string OfficeName,
        List<string> Roles,
        bool IsActive,
        DateTimeOffset? LastLoginAt);
}
