using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>The work-trial settings: the follow-up rule, and the dated allowance rates with the one in force today.</summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public FollowUpRule FollowUpRule { get; private set; } = null!;

    /// <summary>The rates, the latest first.</summary>
    public IReadOnlyList<AllowanceRate> Rates { get; private set; } = [];

    public DateOnly? InForceFrom { get; private set; }

    public async Task OnGetAsync()
    {
        FollowUpRule = await db.FollowUpRuleAsync();
        Rates = [.. (await db.AllowanceRatesAsync()).Reverse()];
        var today = clock.FinnishToday();
        InForceFrom = Rates.FirstOrDefault(r => r.EffectiveFrom <= today)?.EffectiveFrom;
    }
}
