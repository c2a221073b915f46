using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Admin.CapacityDomains;

/// <summary>The capacity domains in their order, with how many ratings use each (a used domain can only be deactivated).</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<DomainRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.CapacityDomains.AsNoTracking()
            .OrderBy(d => d.Ordinal).ThenBy(d => d.Id)
            .Select(d => new DomainRow(d.Id, d.Code, d.NameFi, d.NameSv, d.NameEn, d.Ordinal, d.IsActive, db.CapacityRatings.Count(r => r.DomainId == d.Id)))
            .ToListAsync();

    public sealed record DomainRow(int Id, string Code, string NameFi, string NameSv, string NameEn, int Ordinal, bool IsActive, int Ratings);
}
