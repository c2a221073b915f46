using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Infrastructure.Background;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// Keeps the stored due items moving with the calendar: every client whose rows were computed before today (or never,
/// or before a rule-set change) is recomputed, in batches of one transaction each, so that the calculator's horizon
/// moves and new items appear. Runs at start-up and then every <see cref="DueItemRefreshOptions.PollSeconds"/>; one
/// look for stale clients is a single indexed query. Clients locked by a request at that moment are skipped (that
/// request recomputes them anyway) and taken on the next round.
/// </summary>
public sealed partial class DueItemRefresher(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<DueItemRefreshOptions> options,
    ILogger<DueItemRefresher> logger) : PeriodicJob(clock, logger)
{
    /// <summary>Recomputes every stale client as of <paramref name="today"/>; returns how many were recomputed.</summary>
    public static async Task<int> RefreshStaleAsync(AppDbContext db, DateOnly today, int batchSize, CancellationToken cancellationToken = default)
    {
        var after = 0L;
        var total = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Database.SqlQuery<long>($"""
                SELECT j.id AS "Value"
                FROM job_seekers j LEFT JOIN client_due_summaries s ON s.job_seeker_id = j.id
                WHERE j.id > {after} AND (s.computed_on IS NULL OR s.computed_on < {today})
                ORDER BY j.id
                LIMIT {batchSize}
                FOR NO KEY UPDATE OF j SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                return total;
            }

            await ClientDueItems.RecomputeAsync(db, ids, today, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            after = ids[^1];
            total += ids.Count;
        }
    }

    /// <summary>One round with a context of its own, as the background loop runs it (also for the seed command).</summary>
    public async Task<int> RefreshStaleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var started = Clock.GetTimestamp();
        var count = await RefreshStaleAsync(db, Clock.FinnishToday(), options.Value.BatchSize, cancellationToken);
        var seconds = Clock.GetElapsedTime(started).TotalSeconds;
        if (count > 0)
        {
            LogRefreshed(Logger, count, seconds);
        }

        return count;
    }

    protected override bool Enabled => options.Value.RefreshInBackground;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => RefreshStaleAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recomputed the due items of {Count} clients in {Seconds:0.0} s")]
    private static partial void LogRefreshed(ILogger logger, int count, double seconds);
}
