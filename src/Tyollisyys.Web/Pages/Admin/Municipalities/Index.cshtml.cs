using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Admin.Municipalities;

/// <summary>The employment area's municipalities.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<MunicipalityRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await (from m in db.Municipalities
                      join a in db.EmploymentAreas on m.EmploymentAreaId equals a.Id
                      orderby m.Code
                      select new MunicipalityRow(m.Id, m.Code, m.NameFi, m.NameSv, a.Name, m.IsActive))
            .ToListAsync();

    public sealed record MunicipalityRow(int Id, string Code, string NameFi, string NameSv, string Area, bool IsActive);
}
