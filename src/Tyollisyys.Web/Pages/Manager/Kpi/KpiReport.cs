using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>One figure for one period: its value, the period's target and whether it is met, and the counts behind it.</summary>
public sealed record KpiFigure(KpiDefinition Definition, KpiPeriod Period, decimal? Value, decimal? Target, bool? Met, KpiCounts Counts);

/// <summary>One figure over the trend's periods, oldest first; the last is the period chosen.</summary>
public sealed record KpiSeries(KpiDefinition Definition, IReadOnlyList<KpiFigure> Trend)
{
    public KpiFigure Current => Trend[^1];
}

/// <summary>A municipality's figures for a period and its trend, and when the oldest count of the chosen period was computed.</summary>
public sealed record KpiDashboard(IReadOnlyList<KpiSeries> Series, DateTimeOffset? ComputedAt);

/// <summary>
/// Every figure of one municipality for a period and the periods of its trend, from the kept counts
/// (<see cref="KpiCountStore"/>: what is missing or no longer fresh is computed by one grouped query per figure over
/// the whole trend, plus one for the long-term average's month-end samples), the targets of the years concerned and
/// the appropriations. Nothing is loaded per client.
/// </summary>
public static class KpiReport
{
    /// <summary>The dashboard of <paramref name="period"/>; a running count older than <paramref name="runningMaxAge"/> is computed afresh.</summary>
    public static async Task<KpiDashboard> ComputeAsync(
        AppDbContext db, int municipalityId, KpiPeriod period, DateOnly today, DateTimeOffset now, TimeSpan runningMaxAge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periods = period.Trend().Where(p => p.AsOf(today) is not null).ToList();
        var windows = periods.Select(p => new KpiWindow(p.Start, p.End, p.AsOf(today)!.Value)).ToList();
        var samples = periods.SelectMany(p => p.SampleDays(today).Select(day => new KpiWindow(p.Start, p.End, day))).ToList();
        var interviewDue = await InterviewDeadlinesAsync(db, windows, cancellationToken);
        var years = periods.Select(p => p.Year).Distinct().ToList();
        var targets = await db.KpiTargets.AsNoTracking()
            .Where(t => t.MunicipalityId == municipalityId && years.Contains(t.Year))
            .ToDictionaryAsync(t => (t.Kpi, t.Year), t => t.Value, cancellationToken);
        var appropriations = await db.Appropriations.AsNoTracking()
            .Where(a => a.MunicipalityId == municipalityId && years.Contains(a.Year))
            .ToDictionaryAsync(a => a.Year, a => a.Amount, cancellationToken);

        var series = new List<KpiSeries>();
        DateTimeOffset? computedAt = null;
        foreach (var definition in KpiDefinitions.All)
        {
            var code = definition.Code;
            var average = code == KpiCode.LongTermUnemployedAverage;
            var kept = await KpiCountStore.CountsAsync(
                db, code, municipalityId, average ? samples : windows, today, now, runningMaxAge, interviewDue, cancellationToken);
            KpiKeptCount KeptFor(KpiPeriod p, DateOnly asOf) =>
                kept[KpiSettlement.KeyOf(KpiSettlement.CountedAs(code), p.Start, p.End, asOf)];

            var trend = periods.Select(p =>
            {
                KpiKeptCount[] used = average ? [.. p.SampleDays(today).Select(day => KeptFor(p, day))] : [KeptFor(p, p.AsOf(today)!.Value)];
                if (p == period)
                {
                    var oldest = used.Min(c => c.ComputedAt);
                    computedAt = computedAt is { } earlier && earlier < oldest ? earlier : oldest;
                }

                // The average's members are its sample days, its hits the people counted over them.
                var found = average ? new KpiCounts(used.Length, used.Sum(c => c.Members)) : used[0].Counts;
                var value = definition.ValueOf(found, appropriations.TryGetValue(p.Year, out var amount) ? amount : null);
                var target = definition.TargetFor(targets.TryGetValue((code, p.Year), out var t) ? t : null, p);
                return new KpiFigure(definition, p, Trimmed(value), Trimmed(target), definition.IsMet(value, target), found);
            }).ToList();
            series.Add(new KpiSeries(definition, trend));
        }

        return new KpiDashboard(series, computedAt);
    }

    /// <summary>The initial interview's deadline for every day a job search in the windows may start on (see <see cref="KpiInterviewDeadline"/>).</summary>
    public static async Task<IReadOnlyDictionary<DateOnly, DateOnly>> InterviewDeadlinesAsync(
        AppDbContext db, IReadOnlyList<KpiWindow> windows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(windows);
        var deadlines = new Dictionary<DateOnly, DateOnly>();
        if (windows.Count == 0)
        {
            return deadlines;
        }

        var ruleSets = await db.ProcessRuleSets.AsNoTracking().ToListAsync(cancellationToken);
        for (var day = windows.Min(w => w.Start); day <= windows.Max(w => w.End); day = day.AddDays(1))
        {
            if (KpiInterviewDeadline.For(day, ruleSets) is { } due)
            {
                deadlines[day] = due;
            }
        }

        return deadlines;
    }

    /// <summary>Without trailing zeros (a stored 70.00 is 70), so the CSV and the chart's data carry the number as it is.</summary>
    private static decimal? Trimmed(decimal? value) => value / 1.000000000000000000000000000000000m;
}
