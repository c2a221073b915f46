using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The demo municipalities' KPI targets for this year and last (issue 7 item 6), so the dashboard compares something on
/// first start: the catalogue's targets (domain.md §7), scaled to each municipality's size where the target is a
/// number of people or decisions. Idempotent: only missing targets are added.
/// </summary>
public static class KpiDemoTargets
{
    /// <summary>Municipality code → the targets that differ from <see cref="KpiDefinition.DemoTarget"/>.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<KpiCode, decimal>> Overrides =
        new Dictionary<string, IReadOnlyDictionary<KpiCode, decimal>>(StringComparer.Ordinal)
        {
            ["205"] = new Dictionary<KpiCode, decimal> { [KpiCode.LongTermUnemployedAverage] = 60m, [KpiCode.LongTermUnemployedAtEnd] = 60m },
            ["765"] = new Dictionary<KpiCode, decimal> { [KpiCode.KuntalisaDecisionsMade] = 15m },
            ["620"] = new Dictionary<KpiCode, decimal> { [KpiCode.LongTermUnemployedAverage] = 10m, [KpiCode.LongTermUnemployedAtEnd] = 10m, [KpiCode.KuntalisaDecisionsMade] = 8m },
        };

    /// <returns>The number of targets added.</returns>
    public static async Task<int> SeedAsync(AppDbContext db, int thisYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = Overrides.Keys.ToList();
        var municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Id, m => m.Code, cancellationToken);
        var existing = (await db.KpiTargets
                .Where(t => municipalities.Keys.Contains(t.MunicipalityId) && (t.Year == thisYear || t.Year == thisYear - 1))
                .Select(t => new { t.MunicipalityId, t.Year, t.Kpi })
                .ToListAsync(cancellationToken))
            .Select(t => (t.MunicipalityId, t.Year, t.Kpi))
            .ToHashSet();
        var added = 0;
        foreach (var (id, code) in municipalities)
        {
            foreach (var year in new[] { thisYear - 1, thisYear })
            {
                foreach (var definition in KpiDefinitions.All.Where(d => !existing.Contains((id, year, d.Code))))
                {
                    var value = Overrides[code].TryGetValue(definition.Code, out var special) ? special : definition.DemoTarget;
                    db.KpiTargets.Add(new KpiTarget(id, year, definition.Code, value));
                    added++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
