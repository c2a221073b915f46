using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KpiTargets;

/// <summary>Each municipality's KPI targets for one year (?year=, this year by default): how many are set, and the link to edit them.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int MunicipalityId, string Municipality, int Set);

    public int Year { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= KpiPeriod.FirstYear and <= KpiPeriod.LastYear ? year.Value : clock.FinnishToday().Year;
        var culture = CultureInfo.CurrentUICulture;
        var counts = await db.KpiTargets.AsNoTracking().Where(t => t.Year == Year)
            .GroupBy(t => t.MunicipalityId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = (await db.Municipalities.AsNoTracking().ToListAsync())
            .Where(m => m.IsActive || counts.ContainsKey(m.Id))
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(m => new Row(m.Id, m.Name(culture), counts.GetValueOrDefault(m.Id)))
            .ToList();
    }
}
