using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One counsellor's open items from the stored due items: overdue, due within two weeks, TYP screenings due.</summary>
public sealed record DueItemCount(Guid CounsellorId, int Overdue, int DueSoon, int TypScreeningsDue);

/// <summary>
/// Counts the stored due items (<see cref="Data.DueItems.ClientDueItem"/>) of the given clients by counsellor in one
/// query: overdue means due before today, due soon today to <see cref="DeadlineCalculator.DueSoonDays"/> days ahead,
/// as the calculator judges them; a TYP screening is due when its item is overdue or due soon.
/// </summary>
public static class DueItemCounts
{
    public static async Task<Dictionary<Guid, DueItemCount>> ByCounsellorAsync(
        AppDbContext db, IQueryable<JobSeeker> clients, DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(DeadlineCalculator.DueSoonDays);
        var rows = await (
            from item in db.ClientDueItems
            join client in clients on item.JobSeekerId equals client.Id
            where item.DueOn <= soon
            group item by client.CounsellorId into g
            select new DueItemCount(
                g.Key,
                g.Count(i => i.DueOn < today),
                g.Count(i => i.DueOn >= today),
                g.Count(i => i.Kind == DueItemKind.TypScreening)))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.CounsellorId);
    }
}
