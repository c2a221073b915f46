using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Pages.Worklist;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// Writes the stored projection of clients' deadlines: the exact calculator (<see cref="ClientDeadlineQuery"/>) on a
/// set of clients, its unmet items (<see cref="ClientDueItem"/>) and each client's figures as of today
/// (<see cref="ClientDueSummary"/>) replacing what was stored for them. The long-term-unemployment onset is kept while
/// it is ahead (the worklist shows it when near) and not once reached: a milestone, not a deadline. Runs on the
/// caller's connection and transaction.
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
            [Array("ids", NpgsqlDbType.Bigint, ids)],
            cancellationToken);
        var clients = db.JobSeekers.AsNoTracking().Where(c => ids.Contains(c.Id));
        var deadlines = (await ClientDeadlineQuery.ComputeAsync(db, clients, today, cancellationToken)).ToDictionary(d => d.ClientId);
        var facts = await ClientFacts.LoadAsync(db, ids, cancellationToken);

        var items = deadlines.Values
            .SelectMany(d => d.Items
                .Where(i => i.Status is not (DueItemStatus.Met or DueItemStatus.Reached))
                .Select(i => (d.ClientId, Kind: (int)i.Kind, Ordinal: i.Ordinal ?? 0, i.DueDate, i.Subject)))
            .ToList();
        await db.Database.ExecuteSqlRawAsync(
            "DELETE FROM client_due_items WHERE job_seeker_id = ANY(@ids)",
            [Array("ids", NpgsqlDbType.Bigint, ids)],
            cancellationToken);
        if (items.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO client_due_items (job_seeker_id, kind, ordinal, due_on, subject) SELECT * FROM unnest(@clients, @kinds, @ordinals, @dues, @subjects)",
                [
                    Array("clients", NpgsqlDbType.Bigint, items.Select(i => i.ClientId).ToArray()),
                    Array("kinds", NpgsqlDbType.Integer, items.Select(i => i.Kind).ToArray()),
                    Array("ordinals", NpgsqlDbType.Integer, items.Select(i => i.Ordinal).ToArray()),
                    Array("dues", NpgsqlDbType.Date, items.Select(i => i.DueDate).ToArray()),
                    Array("subjects", NpgsqlDbType.Text, items.Select(i => i.Subject).ToArray()),
                ],
                cancellationToken);
        }

        var summaries = facts.Select(f => f.Summarise(deadlines.GetValueOrDefault(f.Id)?.Items ?? [], today)).ToList();
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO client_due_summaries (job_seeker_id, counsellor_id, office_id, computed_on, is_active, overdue_items, due_soon_items,
                typ_screening_due, plan_review_on, without_current_plan, long_term_unemployed)
            SELECT s.id, s.counsellor, s.office, @today, s.active, s.overdue, s.soon, s.typ, s.review, s.no_plan, s.long_term
            FROM unnest(@ids, @counsellors, @offices, @active, @overdue, @soon, @typ, @reviews, @noPlan, @longTerm)
                AS s(id, counsellor, office, active, overdue, soon, typ, review, no_plan, long_term)
            ON CONFLICT (job_seeker_id) DO UPDATE SET counsellor_id = excluded.counsellor_id, office_id = excluded.office_id,
                computed_on = excluded.computed_on, is_active = excluded.is_active, overdue_items = excluded.overdue_items,
                due_soon_items = excluded.due_soon_items, typ_screening_due = excluded.typ_screening_due,
                plan_review_on = excluded.plan_review_on, without_current_plan = excluded.without_current_plan,
                long_term_unemployed = excluded.long_term_unemployed
            """,
            [
                new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today },
                Array("ids", NpgsqlDbType.Bigint, summaries.Select(s => s.JobSeekerId).ToArray()),
                Array("counsellors", NpgsqlDbType.Uuid, summaries.Select(s => s.CounsellorId).ToArray()),
                Array("offices", NpgsqlDbType.Integer, summaries.Select(s => s.OfficeId).ToArray()),
                Array("active", NpgsqlDbType.Boolean, summaries.Select(s => s.IsActive).ToArray()),
                Array("overdue", NpgsqlDbType.Integer, summaries.Select(s => s.OverdueItems).ToArray()),
                Array("soon", NpgsqlDbType.Integer, summaries.Select(s => s.DueSoonItems).ToArray()),
                Array("typ", NpgsqlDbType.Boolean, summaries.Select(s => s.TypScreeningDue).ToArray()),
                Array("reviews", NpgsqlDbType.Date, summaries.Select(s => s.PlanReviewOn is { } d ? (object)d : DBNull.Value).ToArray()),
                Array("noPlan", NpgsqlDbType.Boolean, summaries.Select(s => s.WithoutCurrentPlan).ToArray()),
                Array("longTerm", NpgsqlDbType.Boolean, summaries.Select(s => s.LongTermUnemployed).ToArray()),
            ],
            cancellationToken);
    }

    /// <summary>After a rule-set change every stored row may be wrong: all are marked stale for the refresher.</summary>
    public static Task MarkAllStaleAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("UPDATE client_due_summaries SET computed_on = NULL WHERE computed_on IS NOT NULL", cancellationToken);

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, T[] values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values };
}
