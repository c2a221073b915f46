using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Admin.Services;

/// <summary>The service catalogue, active services first.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<ServiceOffering> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.ServiceOfferings.AsNoTracking().OrderByDescending(s => s.IsActive).ThenBy(s => s.NameFi).ToListAsync();
}
