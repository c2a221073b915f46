using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>How every client page finds its client: through <see cref="ClientAccess.VisibleTo"/>, with the denial audited.</summary>
public static class ClientLookup
{
    /// <summary>
    /// The client with their spells, tracked for a change; null when there is no such client or the user may not
    /// see them. The page answers 404 in both cases, so the register never confirms that another office's client
    /// exists, but the attempt on a real client is written to the audit trail.
    /// </summary>
    public static async Task<JobSeeker?> FindVisibleAsync(this AppDbContext db, AuditLog audit, ClaimsPrincipal user, long id)
    {
        var client = await db.JobSeekers.VisibleTo(user).Include(j => j.Spells).FirstOrDefaultAsync(j => j.Id == id);
        if (client is null && await db.JobSeekers.AnyAsync(j => j.Id == id))
        {
            await audit.RecordAndSaveAsync(
                AuditAction.AccessDenied,
                recordType: "JobSeeker",
                recordId: id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                clientId: id,
                outcome: AuditOutcome.Denied,
                reason: "not-visible-to-user");
        }

        return client;
    }

    /// <summary>
    /// <see cref="FindVisibleAsync"/> for a page that shows the client's data in a form (edit, spells, reassign):
    /// the view is audited as such, as the card's is, whether the form is shown first or again after a POST.
    /// </summary>
    public static async Task<JobSeeker?> ViewVisibleAsync(this AppDbContext db, AuditLog audit, ClaimsPrincipal user, long id, string form)
    {
        var client = await db.FindVisibleAsync(audit, user, id);
        if (client is not null)
        {
            await audit.RecordAndSaveAsync(AuditAction.View, "JobSeeker", client.IdText(), clientId: client.Id, reason: form);
        }

        return client;
    }

    /// <summary>
    /// After a save refused because the row changed meanwhile: forgets the unsaved change, records the refusal and
    /// reads the client as it now is (null if, meanwhile, the client moved out of the user's sight).
    /// </summary>
    public static async Task<JobSeeker?> AfterConflictAsync(this AppDbContext db, AuditLog audit, ClaimsPrincipal user, long id, string change)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAndSaveAsync(
            AuditAction.Update,
            recordType: "JobSeeker",
            recordId: id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            clientId: id,
            outcome: AuditOutcome.Failure,
            reason: $"concurrency-conflict: {change}");
        return await db.JobSeekers.VisibleTo(user).Include(j => j.Spells).FirstOrDefaultAsync(j => j.Id == id);
    }

    public static string IdText(this JobSeeker client) => client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
