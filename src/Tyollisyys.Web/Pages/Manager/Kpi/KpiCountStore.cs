using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// The dashboard's counts, computed once and kept (<c>kpi_counts</c>): a settled count (<see cref="KpiSettlement"/>)
/// is shown as kept, a running one while it is younger than the allowed age; anything else is computed with
/// <see cref="KpiSql"/>, for all the missing keys of a figure in one query, and kept. So a view of a year's trend
/// reads a few dozen rows instead of aggregating the register over sixty days, and the figures are the same SQL's.
/// </summary>
public static class KpiCountStore
{
    /// <summary>
    /// The counts of <paramref name="code"/> in <paramref name="municipalityId"/> for each window, by the key days of
    /// <see cref="KpiSettlement.KeyOf"/> (of the figure it is <see cref="KpiSettlement.CountedAs"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<(DateOnly From, DateOnly To), KpiKeptCount>> CountsAsync(
        AppDbContext db,
        KpiCode code,
        int municipalityId,
        IReadOnlyList<KpiWindow> windows,
        DateOnly today,
        DateTimeOffset now,
        TimeSpan runningMaxAge,
        IReadOnlyDictionary<DateOnly, DateOnly> interviewDue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(interviewDue);
        var counted = KpiSettlement.CountedAs(code);
        var keys = windows.Select(w => KpiSettlement.KeyOf(counted, w.Start, w.End, w.AsOf)).Distinct().ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<(DateOnly, DateOnly), KpiKeptCount>();
        }

        var froms = keys.Select(k => k.From).Distinct().ToList();
        var wanted = keys.ToHashSet();
        var kept = (await db.KpiCounts.AsNoTracking()
                .Where(c => c.MunicipalityId == municipalityId && c.Kpi == counted && froms.Contains(c.PeriodFrom))
                .ToListAsync(cancellationToken))
            .Where(c => wanted.Contains((c.PeriodFrom, c.PeriodTo)));
        var found = kept
            .Where(c => IsUsable(counted, c, today, now, runningMaxAge, interviewDue))
            .ToDictionary(c => (c.PeriodFrom, c.PeriodTo));
        var missing = keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            foreach (var count in await ComputeAndKeepAsync(db, counted, municipalityId, missing, today, now, interviewDue, cancellationToken))
            {
                found[(count.PeriodFrom, count.PeriodTo)] = count;
            }
        }

        return found;
    }

    /// <summary>Whether a kept count may be shown on <paramref name="today"/>: settled when it was computed, or running and fresh.</summary>
    public static bool IsUsable(
        KpiCode code, KpiKeptCount count, DateOnly today, DateTimeOffset now, TimeSpan runningMaxAge, IReadOnlyDictionary<DateOnly, DateOnly> interviewDue)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(interviewDue);
        if (count.JudgedOn > today)
        {
            return false; // computed as of a later day (a clock set back): not this day's answer
        }

        return KpiSettlement.IsSettled(code, count.PeriodFrom, count.PeriodTo, count.JudgedOn, day => interviewDue.TryGetValue(day, out var due) ? due : null)
            || (count.JudgedOn == today && now - count.ComputedAt < runningMaxAge);
    }

    /// <summary>
    /// Computes the counts of <paramref name="code"/> (a figure counted as itself) under <paramref name="keys"/> as of
    /// <paramref name="today"/> in one query and keeps them, replacing what was kept; keys without members are kept as zeros.
    /// </summary>
    public static async Task<IReadOnlyList<KpiKeptCount>> ComputeAndKeepAsync(
        AppDbContext db,
        KpiCode code,
        int municipalityId,
        IReadOnlyList<(DateOnly From, DateOnly To)> keys,
        DateOnly today,
        DateTimeOffset now,
        IReadOnlyDictionary<DateOnly, DateOnly> interviewDue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        // A stock's SQL reads only the as-of day, a flow's only the first and last day: the key is a window of its own.
        var windows = keys.Select(k => new KpiWindow(k.From, k.To, k.To)).ToList();
        var grouped = await KpiSql.Members(db, code, municipalityId, windows, today, interviewDue)
            .GroupBy(m => new { m.PeriodStart, m.PeriodEnd })
            .Select(g => new
            {
                g.Key.PeriodStart,
                g.Key.PeriodEnd,
                Members = g.Count(),
                Hits = g.Count(m => m.Hit),
                Amount = g.Sum(m => m.Amount),
                Counsellors = g.Select(m => m.CounsellorId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        var computedAt = now.ToUniversalTime();
        var counts = keys.Select(k =>
        {
            var row = grouped.Find(g => g.PeriodStart == k.From && g.PeriodEnd == k.To);
            return new KpiKeptCount
            {
                MunicipalityId = municipalityId,
                Kpi = code,
                PeriodFrom = k.From,
                PeriodTo = k.To,
                Members = row?.Members ?? 0,
                Hits = row?.Hits ?? 0,
                Amount = row?.Amount ?? 0m,
                Counsellors = row?.Counsellors ?? 0,
                JudgedOn = today,
                ComputedAt = computedAt,
            };
        }).ToList();

        var froms = counts.Select(c => c.PeriodFrom).ToArray();
        var tos = counts.Select(c => c.PeriodTo).ToArray();
        var members = counts.Select(c => c.Members).ToArray();
        var hits = counts.Select(c => c.Hits).ToArray();
        var amounts = counts.Select(c => c.Amount).ToArray();
        var counsellors = counts.Select(c => c.Counsellors).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO kpi_counts (municipality_id, kpi, period_from, period_to, members, hits, amount, counsellors, judged_on, computed_at)
            SELECT {municipalityId}, {(int)code}, k.period_from, k.period_to, k.members, k.hits, k.amount, k.counsellors, {today}, {computedAt}
            FROM unnest({froms}, {tos}, {members}, {hits}, {amounts}, {counsellors}) AS k(period_from, period_to, members, hits, amount, counsellors)
            ON CONFLICT (municipality_id, kpi, period_from, period_to) DO UPDATE
            SET members = excluded.members, hits = excluded.hits, amount = excluded.amount, counsellors = excluded.counsellors,
                judged_on = excluded.judged_on, computed_at = excluded.computed_at
            """, cancellationToken);
        return counts;
    }

    /// <summary>
    /// Recomputes every kept count judged before <paramref name="today"/>, a batch of keys at a time, so that late
    /// entries and corrections reach the settled counts by the next morning; returns how many were recomputed.
    /// </summary>
    public static async Task<int> RecomputeJudgedBeforeAsync(
        AppDbContext db, DateOnly today, DateTimeOffset now, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var total = 0;
        while (true)
        {
            var stale = await db.KpiCounts.AsNoTracking()
                .Where(c => c.JudgedOn < today)
                .OrderBy(c => c.MunicipalityId).ThenBy(c => c.Kpi).ThenBy(c => c.PeriodFrom).ThenBy(c => c.PeriodTo)
                .Select(c => new { c.MunicipalityId, c.Kpi, c.PeriodFrom, c.PeriodTo })
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (stale.Count == 0)
            {
                return total;
            }

            foreach (var figure in stale.GroupBy(k => (k.MunicipalityId, Code: k.Kpi)))
            {
                var keys = figure.Select(k => (k.PeriodFrom, k.PeriodTo)).ToList();
                var due = figure.Key.Code == KpiCode.InitialInterviewsOnTime
                    ? await KpiReport.InterviewDeadlinesAsync(db, [.. keys.Select(k => new KpiWindow(k.PeriodFrom, k.PeriodTo, k.PeriodTo))], cancellationToken)
                    : new Dictionary<DateOnly, DateOnly>();
                await ComputeAndKeepAsync(db, figure.Key.Code, figure.Key.MunicipalityId, keys, today, now, due, cancellationToken);
            }

            total += stale.Count;
        }
    }
}
