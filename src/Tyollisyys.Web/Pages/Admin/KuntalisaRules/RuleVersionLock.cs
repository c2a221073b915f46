using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Rules = Tyollisyys.Domain.Kuntalisa.KuntalisaRules;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>
/// Versions of one municipality must not overlap, which no plain constraint expresses. Adding or ending a version
/// therefore takes a transaction-level advisory lock per municipality before it reads the other versions, so two
/// admins saving at the same moment are checked one after the other. The lock also covers a municipality that has
/// no versions yet, which locking existing rows (SELECT … FOR UPDATE) would not.
/// </summary>
public static class RuleVersionLock
{
    /// <summary>The advisory lock space of kuntalisä rule versions ("KL"); the second key is the municipality.</summary>
    private const int LockSpace = 0x4B4C;

    /// <summary>Call inside the transaction: returns the municipality's versions once no one else is changing them.</summary>
    public static async Task<List<KuntalisaRuleVersion>> LockVersionsAsync(this AppDbContext db, int municipalityId)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {municipalityId})");
        return await db.KuntalisaRuleVersions.Where(v => v.MunicipalityId == municipalityId).ToListAsync();
    }

    /// <summary>The other version <paramref name="candidate"/> would share days with, if any.</summary>
    public static KuntalisaRuleVersion? Overlapping(IReadOnlyList<KuntalisaRuleVersion> versions, KuntalisaRuleVersion candidate) =>
        Rules.Overlaps(versions, candidate)
            ? versions.Where(v => !ReferenceEquals(v, candidate) && v.Id != candidate.Id && Rules.Overlaps([v], candidate)).OrderBy(v => v.EffectiveFrom).First()
            : null;
}
