using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Admin.Offices;

/// <summary>All offices with their municipality and the number of active staff.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<OfficeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await (from o in db.Offices
                      join m in db.Municipalities on o.MunicipalityId equals m.Id
                      orderby o.Name
                      select new OfficeRow(
                          o.Id,
                          o.Name,
                          o.Address,
                          m.NameFi,
                          m.NameSv,
                          o.IsActive,
                          db.Users.Count(u => u.OfficeId == o.Id && u.IsActive)))
            .ToListAsync();

    public sealed record OfficeRow(int Id, string Name, string? Address, string MunicipalityFi, string MunicipalitySv, bool IsActive, int ActiveStaff);
}
