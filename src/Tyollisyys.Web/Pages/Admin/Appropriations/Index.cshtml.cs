using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>Each municipality's kuntalisä appropriation for one year (?year=, this year by default).</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int MunicipalityId, string Municipality, int? AppropriationId, decimal? Amount);

    public int Year { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= Domain.Kuntalisa.Appropriation.FirstYear and <= Domain.Kuntalisa.Appropriation.LastYear ? year.Value : clock.FinnishToday().Year;
        var culture = CultureInfo.CurrentUICulture;
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync();
        var appropriations = await db.Appropriations.AsNoTracking().Where(a => a.Year == Year).ToDictionaryAsync(a => a.MunicipalityId);
        Rows = municipalities
            .Where(m => m.IsActive || appropriations.ContainsKey(m.Id))
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(m => appropriations.TryGetValue(m.Id, out var a)
                ? new Row(m.Id, m.Name(culture), a.Id, a.Amount)
                : new Row(m.Id, m.Name(culture), null, null))
            .ToList();
    }
}
