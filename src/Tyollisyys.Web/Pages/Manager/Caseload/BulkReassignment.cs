using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>What became of a bulk reassignment: how many moved, or why none did.</summary>
public sealed record BulkMoveOutcome(int Moved, IReadOnlyList<string> ChangedMeanwhile, bool NotAllowed)
{
    public bool Succeeded => Moved > 0;
}

/// <summary>
/// Moves several clients of one counsellor to another (issue 7 item 1): each with <c>JobSeeker.AssignTo</c> under
/// <see cref="ClientAccess.MayReassignTo"/>, one audit row per client with the reason, all in one save (one
/// transaction). Every client must still be as the list showed it (its row version): if anyone changed one
/// meanwhile, nothing moves and the changed clients are named.
/// </summary>
public static class BulkReassignment
{
    public static async Task<BulkMoveOutcome> MoveAsync(
        AppDbContext db,
        AuditLog audit,
        ClaimsPrincipal user,
        Guid fromCounsellorId,
        CounsellorOption target,
        IReadOnlyDictionary<long, uint> versions,
        string auditReason,
        CancellationToken cancellationToken)
    {
        var ids = versions.Keys.ToArray();
        var clients = await db.JobSeekers.VisibleTo(user).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var changed = clients.Where(c => c.CounsellorId != fromCounsellorId || RowVersion.Of(db, c) != versions[c.Id]).ToList();
        if (changed.Count > 0 || clients.Count != ids.Length)
        {
            return await RefuseAsync(db, audit, [.. changed.Select(c => (c.Id, c.FullName))], cancellationToken);
        }

        if (clients.Any(c => !user.MayReassignTo(c.OfficeId, target.OfficeId)))
        {
            return new BulkMoveOutcome(0, [], NotAllowed: true);
        }

        foreach (var client in clients)
        {
            RowVersion.Expect(db, client, versions[client.Id]);
            client.AssignTo(target.Id, target.OfficeId);
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: auditReason);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.JobSeekers.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.LastName, c.FirstNames, Version = EF.Property<uint>(c, "xmin") })
                .ToListAsync(cancellationToken);
            return await RefuseAsync(
                db, audit, [.. now.Where(c => c.Version != versions[c.Id]).Select(c => (c.Id, $"{c.LastName} {c.FirstNames}"))], cancellationToken);
        }

        return new BulkMoveOutcome(clients.Count, [], NotAllowed: false);
    }

    /// <summary>Nothing moves; each client changed meanwhile gets a failed-update audit row, as a refused single edit does.</summary>
    private static async Task<BulkMoveOutcome> RefuseAsync(
        AppDbContext db, AuditLog audit, IReadOnlyList<(long Id, string Name)> changed, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        foreach (var (id, _) in changed)
        {
            audit.Record(
                AuditAction.Update,
                "JobSeeker",
                id.ToString(CultureInfo.InvariantCulture),
                clientId: id,
                outcome: AuditOutcome.Failure,
                reason: "concurrency-conflict: bulk-reassigned");
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BulkMoveOutcome(0, [.. changed.Select(c => c.Name).Order(StringComparer.Ordinal)], NotAllowed: false);
    }
}
