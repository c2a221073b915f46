using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The seed rule versions of the demo municipalities, from the domain's factories. Migration 0009 inserts the same
/// rules where the municipalities already exist; on a fresh database they are created after the migrations, so
/// the demo data calls this once they are. Idempotent: a municipality that has any version is left alone.
/// </summary>
public static class KuntalisaDemoRules
{
    /// <summary>Municipality code → its seed versions (Statistics Finland's codes of the demo organisation).</summary>
    public static readonly IReadOnlyDictionary<string, Func<int, KuntalisaRuleVersion>[]> ByMunicipalityCode =
        new Dictionary<string, Func<int, KuntalisaRuleVersion>[]>(StringComparer.Ordinal)
        {
            ["205"] = [KuntalisaRules.KajaaniOlder, KuntalisaRules.Kajaani2025],
            ["765"] = [KuntalisaRules.Sotkamo],
            ["620"] = [KuntalisaRules.Paltamo],
        };

    /// <returns>The number of versions added.</returns>
    public static async Task<int> SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = ByMunicipalityCode.Keys.ToList();
        var municipalities = await db.Municipalities
            .Where(m => codes.Contains(m.Code) && !db.KuntalisaRuleVersions.Any(v => v.MunicipalityId == m.Id))
            .Select(m => new { m.Id, m.Code })
            .ToListAsync(cancellationToken);
        var added = 0;
        foreach (var municipality in municipalities)
        {
            foreach (var factory in ByMunicipalityCode[municipality.Code])
            {
                db.KuntalisaRuleVersions.Add(factory(municipality.Id));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
