using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>
/// Each municipality's kuntalisä appropriation for one year (?year=, this year by default), with what the decisions
/// numbered in that year commit and have been paid, summed per municipality in one grouped query.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(int MunicipalityId, string Municipality, int? AppropriationId, decimal? Amount, decimal Committed = 0m, decimal Paid = 0m)
    {
        public decimal? Free => Amount - Committed;
    }

    public int Year { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= Domain.Kuntalisa.Appropriation.FirstYear and <= Domain.Kuntalisa.Appropriation.LastYear ? year.Value : clock.FinnishToday().Year;
        var culture = CultureInfo.CurrentUICulture;
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync();
        var appropriations = await db.Appropriations.AsNoTracking().Where(a => a.Year == Year).ToDictionaryAsync(a => a.MunicipalityId);
        var used = await db.KuntalisaDecisions.AsNoTracking()
            .Where(d => d.NumberYear == Year)
            .GroupBy(d => d.MunicipalityId)
            .Select(g => new { g.Key, Committed = g.Sum(d => d.Committed), Paid = g.Sum(d => d.Claims.Sum(c => c.PayableAmount)) })
            .ToDictionaryAsync(g => g.Key);
        Rows = municipalities
            .Where(m => m.IsActive || appropriations.ContainsKey(m.Id))
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(m =>
            {
                var appropriation = appropriations.GetValueOrDefault(m.Id);
                var sums = used.GetValueOrDefault(m.Id);
                return new Row(m.Id, m.Name(culture), appropriation?.Id, appropriation?.Amount, sums?.Committed ?? 0m, sums?.Paid ?? 0m);
            })
            .ToList();
    }
}
