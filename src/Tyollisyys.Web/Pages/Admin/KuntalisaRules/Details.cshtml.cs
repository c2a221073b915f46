using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>One rule version in words: every predicate, the amount and the conditions.</summary>
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public KuntalisaRuleVersion Version { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    public bool InForceToday { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var version = await db.KuntalisaRuleVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == version.MunicipalityId);
        MunicipalityName = municipality.Name(CultureInfo.CurrentUICulture);
        InForceToday = version.IsInForceOn(clock.FinnishToday());
        return Page();
    }
}
