using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Pages.Worklist;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// Writes the stored projection of clients' due items (<see cref="ClientDueItem"/>, <see cref="ClientDueItemRefresh"/>):
/// the exact calculator (<see cref="ClientDeadlineQuery"/>) on a set of clients, its unmet items replacing what was
/// stored for them. The long-term-unemployment onset is left out: it is a milestone, not a deadline, and the review
/// judges long-term unemployment from the client row. Runs on the caller's connection and transaction.
/// </summary>
public static class ClientDueItems
{
    public static async Task RecomputeAsync(AppDbContext db, IReadOnlyCollection<long> clientIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (clientIds.Count == 0)
        {
            return;
        }

        var ids = clientIds.Distinct().Order().ToArray();
        // Two transactions recomputing the same client one after the other, never interleaved: otherwise the later
        // one's DELETE misses the earlier one's fresh rows and its INSERT collides with them. A row lock that leaves
        // xmin alone, so edit forms' concurrency checks are not disturbed; taken in id order.
        await db.Database.ExecuteSqlRawAsync(
            "SELECT id FROM job_seekers WHERE id = ANY(@ids) ORDER BY id FOR NO KEY UPDATE",
            [new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids }],
            cancellationToken);
        var clients = db.JobSeekers.AsNoTracking().Where(c => ids.Contains(c.Id));
        var deadlines = await ClientDeadlineQuery.ComputeAsync(db, clients, today, cancellationToken);
        var planReviews = await PlanReviewDatesAsync(db, ids, cancellationToken);

        var items = deadlines
            .SelectMany(d => d.Items
                .Where(i => i.Status is not (DueItemStatus.Met or DueItemStatus.Reached) && i.Kind != DueItemKind.LongTermUnemploymentOnset)
                .Select(i => (d.ClientId, Kind: (int)i.Kind, Ordinal: i.Ordinal ?? 0, i.DueDate)))
            .ToList();

        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM client_due_items WHERE job_seeker_id = ANY(@ids)",
            [new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids }],
            cancellationToken);
        if (items.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO client_due_items (job_seeker_id, kind, ordinal, due_on) SELECT * FROM unnest(@clients, @kinds, @ordinals, @dues)",
                [
                    new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = items.Select(i => i.ClientId).ToArray() },
                    new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = items.Select(i => i.Kind).ToArray() },
                    new NpgsqlParameter("ordinals", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = items.Select(i => i.Ordinal).ToArray() },
                    new NpgsqlParameter("dues", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = items.Select(i => i.DueDate).ToArray() },
                ],
                cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO client_due_item_refreshes (job_seeker_id, computed_on, plan_review_on)
            SELECT id, @today, review FROM unnest(@ids, @reviews) AS r(id, review)
            ON CONFLICT (job_seeker_id) DO UPDATE SET computed_on = excluded.computed_on, plan_review_on = excluded.plan_review_on
            """,
            [
                new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today },
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids },
                new NpgsqlParameter("reviews", NpgsqlDbType.Array | NpgsqlDbType.Date)
                {
                    Value = ids.Select(id => planReviews.TryGetValue(id, out var review) ? (object)review : DBNull.Value).ToArray(),
                },
            ],
            cancellationToken);
    }

    /// <summary>After a rule-set change every stored row may be wrong: all are marked stale for the refresher.</summary>
    public static Task MarkAllStaleAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("UPDATE client_due_item_refreshes SET computed_on = NULL WHERE computed_on IS NOT NULL", cancellationToken);

    /// <summary>
    /// The review date of the newest plan version, for clients whose newest version was agreed in their current job
    /// search (on or after the open spell began); others have no current plan.
    /// </summary>
    private static async Task<Dictionary<long, DateOnly>> PlanReviewDatesAsync(AppDbContext db, long[] ids, CancellationToken cancellationToken)
    {
        var rows = await db.JobSeekers.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && c.CurrentStatus != null)
            .Select(c => new
            {
                c.Id,
                SpellStart = c.Spells.Where(s => s.EndDate == null).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
                Plan = db.EmploymentPlans.Where(p => p.JobSeekerId == c.Id).OrderByDescending(p => p.Version)
                    .Select(p => new { p.AgreedOn, p.NextReviewDate }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Where(r => r.Plan is not null && r.SpellStart is { } start && r.Plan.AgreedOn >= start)
            .ToDictionary(r => r.Id, r => r.Plan!.NextReviewDate);
    }
}
