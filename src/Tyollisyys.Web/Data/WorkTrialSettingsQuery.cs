using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The stored work-trial settings as the pages use them: the follow-up rule and the dated allowance rates. A page
/// reads each once per request and passes it on. Migration 0012 seeds both, so a fresh database has the defaults.
/// </summary>
public static class WorkTrialSettingsQuery
{
    /// <summary>The admin-set follow-up rule; the default (2 a week for 4 weeks) only if the settings row were removed by hand.</summary>
    public static async Task<FollowUpRule> FollowUpRuleAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        await db.WorkTrialSettings.AsNoTracking()
            .Where(s => s.Id == WorkTrialSettings.SingleRowId)
            .Select(s => new FollowUpRule(s.FollowUpMinContactsPerWeek, s.FollowUpForFirstWeeks))
            .SingleOrDefaultAsync(cancellationToken)
        ?? FollowUpRule.Default;

    /// <summary>Every allowance rate, the earliest first.</summary>
    public static async Task<IReadOnlyList<AllowanceRate>> AllowanceRatesAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        await db.AllowanceRates.AsNoTracking().OrderBy(r => r.EffectiveFrom).ToListAsync(cancellationToken);
}
