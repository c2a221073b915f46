using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.ProcessRules;

public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ProcessRuleSet> Rules { get; private set; } = [];

    public int? InForceId { get; private set; }

    public async Task OnGetAsync()
    {
        Rules = await db.ProcessRuleSets.AsNoTracking().OrderByDescending(r => r.EffectiveFrom).ToListAsync();
        var today = clock.FinnishToday();
        InForceId = Rules.Where(r => r.EffectiveFrom <= today).MaxBy(r => r.EffectiveFrom)?.Id;
    }
}
