using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Background;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// Keeps the dashboard's counts ready (<see cref="KpiCountStore"/>): every <see cref="KpiCountOptions.RefreshMinutes"/>
/// it computes the running counts of this month's, quarter's and year's views of every active municipality (the
/// default views, and those a manager opens first), and on a new day it recomputes every count kept before it, so late
/// entries and corrections reach the closed periods by morning. At start-up the first round fills an empty table.
/// </summary>
public sealed partial class KpiCountRefresher(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<KpiCountOptions> options,
    ILogger<KpiCountRefresher> logger) : PeriodicJob(clock, logger)
{
    private const int BatchSize = 500;

    /// <summary>
    /// One round: the current views of every active municipality with running counts older than
    /// <paramref name="runningMaxAge"/> computed afresh, then every count judged before <paramref name="today"/>.
    /// Returns how many kept counts were recomputed by the second step.
    /// </summary>
    public static async Task<int> RefreshAsync(AppDbContext db, DateOnly today, DateTimeOffset now, TimeSpan runningMaxAge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var municipalities = await db.Municipalities.Where(m => m.IsActive).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var municipalityId in municipalities)
        {
            foreach (var kind in Enum.GetValues<KpiPeriodKind>())
            {
                await KpiReport.ComputeAsync(db, municipalityId, KpiPeriod.Containing(kind, today), today, now, runningMaxAge, cancellationToken);
            }
        }

        return await KpiCountStore.RecomputeJudgedBeforeAsync(db, today, now, BatchSize, cancellationToken);
    }

    protected override bool Enabled => options.Value.RefreshInBackground;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.RefreshMinutes));

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var started = Clock.GetTimestamp();
        // Half the interval: each round recomputes what the previous round computed, once.
        var recomputed = await RefreshAsync(db, Clock.FinnishToday(), Clock.GetUtcNow(), Interval / 2, cancellationToken);
        var seconds = Clock.GetElapsedTime(started).TotalSeconds;
        LogRefreshed(Logger, recomputed, seconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the KPI counts ({Recomputed} kept counts of earlier days recomputed) in {Seconds:0.0} s")]
    private static partial void LogRefreshed(ILogger logger, int recomputed, double seconds);
}
