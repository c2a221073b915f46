using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.DueItems;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>
/// The due items a worklist shows (overdue, and due within <see cref="DeadlineCalculator.DueSoonDays"/> days) of a set
/// of clients. For a client whose stored items were computed today (<see cref="ClientDueItems"/> keeps them in the
/// transaction of every change, and the refresher each day) they are read from <c>client_due_items</c>, one indexed
/// join; the rest (never computed, stale after a rule-set change, or not yet refreshed today) go through the
/// calculator as before (<see cref="ClientDeadlineQuery"/>). Either way the same items: a test holds the two together.
/// The caller passes an already access-filtered query of clients.
/// </summary>
public static class WorklistDeadlines
{
    public static async Task<IReadOnlyList<ClientDeadlines>> ComputeAsync(
        AppDbContext db, IQueryable<JobSeeker> clients, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var active = clients.Where(c => c.CurrentStatus != null);
        var current = db.ClientDueSummaries.Where(s => s.ComputedOn == today).Select(s => s.JobSeekerId);
        var soon = today.AddDays(DeadlineCalculator.DueSoonDays);
        var stored = await active.Where(c => current.Contains(c.Id))
            .Join(db.ClientDueItems.Where(i => i.DueOn <= soon), c => c.Id, i => i.JobSeekerId,
                (c, i) => new { c.Id, c.LastName, c.FirstNames, c.CounsellorId, i.Kind, i.Ordinal, i.DueOn, i.Subject })
            .ToListAsync(cancellationToken);
        var computed = await ClientDeadlineQuery.ComputeAsync(db, active.Where(c => !current.Contains(c.Id)), today, cancellationToken);

        var read = stored
            .GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.First();
                var items = g.Select(r => ItemOn(r.Kind, r.Ordinal, r.DueOn, r.Subject, today)).OfType<DueItem>().ToList();
                return new ClientDeadlines(first.Id, $"{first.LastName} {first.FirstNames}", first.CounsellorId, items);
            });
        return [.. read, .. computed];
    }

    /// <summary>A stored item as the calculator would give it today, or null when the worklist does not show it.</summary>
    public static DueItem? ItemOn(DueItemKind kind, int ordinal, DateOnly due, string? subject, DateOnly today)
    {
        DueItemStatus? status = kind == DueItemKind.LongTermUnemploymentOnset
            ? due > today && due <= today.AddDays(DeadlineCalculator.DueSoonDays) ? DueItemStatus.DueSoon : null // reached: a milestone
            : due < today ? DueItemStatus.Overdue
            : due <= today.AddDays(DeadlineCalculator.DueSoonDays) ? DueItemStatus.DueSoon
            : null;
        return status is { } shown ? new DueItem(kind, ordinal == 0 ? null : ordinal, due, shown, null, null, subject) : null;
    }
}
