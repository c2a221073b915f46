using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>The display names of the drafter and the decider, and the paying municipality's names, in one read each.</summary>
public sealed record DecisionNames(string Drafter, string? Decider, string MunicipalityFi, string MunicipalitySv)
{
    public static async Task<DecisionNames> LoadAsync(AppDbContext db, KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(decision);
        var ids = new[] { decision.DraftedBy, decision.DecidedBy ?? Guid.Empty };
        var names = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var municipality = await db.Municipalities.Where(m => m.Id == decision.MunicipalityId)
            .Select(m => new { m.NameFi, m.NameSv }).SingleAsync();
        return new DecisionNames(
            names.GetValueOrDefault(decision.DraftedBy, string.Empty),
            decision.DecidedBy is { } decider ? names.GetValueOrDefault(decider) : null,
            municipality.NameFi,
            municipality.NameSv);
    }
}
