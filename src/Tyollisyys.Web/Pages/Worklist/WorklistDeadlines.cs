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
        var soon = today.AddDays(DeadlineCalculator.DueSoonDays);
        var people = await clients
            .Where(c => c.CurrentStatus != null)
            .Select(c => new
            {
                c.Id,
                c.LastName,
                c.FirstNames,
                c.CounsellorId,
                Current = db.ClientDueSummaries.Any(s => s.JobSeekerId == c.Id && s.ComputedOn == today),
            })
            .ToListAsync(cancellationToken);
        var currentIds = people.Where(p => p.Current).Select(p => p.Id).ToList();
        var staleIds = people.Where(p => !p.Current).Select(p => p.Id).ToList();

        var stored = (await db.ClientDueItems.AsNoTracking()
                .Where(i => currentIds.Contains(i.JobSeekerId) && i.DueOn <= soon)
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.JobSeekerId);
        var read = people.Where(p => p.Current).Select(p => new ClientDeadlines(
            p.Id,
            $"{p.LastName} {p.FirstNames}",
            p.CounsellorId,
            [.. stored[p.Id].Select(i => ItemOn(i.Kind, i.Ordinal, i.DueOn, i.Subject, today)).OfType<DueItem>()]));
        var computed = staleIds.Count == 0 ? [] : await ClientDeadlineQuery.ComputeAsync(db, db.JobSeekers.Where(c => staleIds.Contains(c.Id)), today, cancellationToken);
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
