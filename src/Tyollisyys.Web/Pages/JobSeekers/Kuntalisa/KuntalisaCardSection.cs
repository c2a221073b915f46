using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>The client's kuntalisä decisions for the card (the card's own view audit covers them).</summary>
public sealed record KuntalisaCardSection(long ClientId, IReadOnlyList<DecisionRow> Rows)
{
    public static async Task<KuntalisaCardSection> LoadAsync(AppDbContext db, long clientId) =>
        new(clientId, await DecisionRows.ListAsync(db, db.KuntalisaDecisions.Where(d => d.JobSeekerId == clientId)));
}
