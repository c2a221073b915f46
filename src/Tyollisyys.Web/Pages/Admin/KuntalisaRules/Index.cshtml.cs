using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>The rule versions of every municipality (or one, ?municipality=), newest first, the one in force marked.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Group(Municipality Municipality, string Name, IReadOnlyList<KuntalisaRuleVersion> Versions);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    /// <summary>All municipalities, for the filter.</summary>
    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];

    public int? Filter { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(int? municipality)
    {
        var culture = CultureInfo.CurrentUICulture;
        Today = clock.FinnishToday();
        Filter = municipality;
        var municipalities = (await db.Municipalities.AsNoTracking().ToListAsync())
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        Municipalities = municipalities.Select(m => (m.Id, m.Name(culture))).ToList();
        var versions = await db.KuntalisaRuleVersions.AsNoTracking()
            .Where(v => municipality == null || v.MunicipalityId == municipality)
            .OrderByDescending(v => v.EffectiveFrom)
            .ToListAsync();
        Groups = municipalities
            .Where(m => municipality is null || m.Id == municipality)
            .Where(m => m.IsActive || versions.Any(v => v.MunicipalityId == m.Id))
            .Select(m => new Group(m, m.Name(culture), versions.Where(v => v.MunicipalityId == m.Id).ToList()))
            .ToList();
    }

    public string StatusKey(KuntalisaRuleVersion version) =>
        version.IsInForceOn(Today) ? "Admin.KuntalisaRules.InForce"
        : version.EffectiveFrom > Today ? "Admin.KuntalisaRules.Future"
        : "Admin.KuntalisaRules.Ended";
}
