using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// The figures of one municipality's kuntalisä budget for a year: the decisions that commit against that year's
/// appropriation (numbered in that year), read with their claims in ONE projection query (no entities loaded),
/// handed to <see cref="KuntalisaBudget.Compute"/>; and how many of the municipality's decisions are in each status.
/// </summary>
public static class BudgetQuery
{
    /// <summary>
    /// The year whose months the forecast covers and its first month: the rest of this year for this year; for a past
    /// year (whose decisions may still be paying) the rest of this year too, since its own months are over; a future
    /// year from its January.
    /// </summary>
    public static (int Year, int FromMonth) ForecastStart(int year, DateOnly today) =>
        year > today.Year ? (year, 1) : (today.Year, today.Month);

    public static async Task<IReadOnlyList<KuntalisaDecisionSnapshot>> SnapshotsAsync(AppDbContext db, int municipalityId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.KuntalisaDecisions.AsNoTracking()
            .Where(d => d.MunicipalityId == municipalityId && d.NumberYear == year)
            .Select(d => new
            {
                d.Status,
                d.Committed,
                d.GrantedMonthlyAmount,
                d.SubsidyStart,
                d.GrantedMonths,
                d.EndedEarlyOn,
                d.GrantedBonus,
                Claims = d.Claims.Select(c => new { c.PeriodStart, c.PeriodEnd, c.PayableAmount }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new KuntalisaDecisionSnapshot(
                r.Status,
                r.Committed,
                r.Claims.Sum(c => c.PayableAmount),
                r.GrantedMonthlyAmount,
                r.SubsidyStart,
                r.GrantedMonths,
                r.EndedEarlyOn,
                r.Claims.Select(c => new ClaimedPeriod(c.PeriodStart, c.PeriodEnd)).ToList(),
                r.GrantedBonus ?? 0m))
            .ToList();
    }

    /// <summary>The municipality's decisions of every year per status, as the decision list filtered by status shows them.</summary>
    public static async Task<IReadOnlyDictionary<KuntalisaDecisionStatus, int>> CountsByStatusAsync(AppDbContext db, int municipalityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.KuntalisaDecisions.AsNoTracking()
            .Where(d => d.MunicipalityId == municipalityId)
            .GroupBy(d => d.Status)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
