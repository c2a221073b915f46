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

/// <summary>
/// Every figure of one municipality for a period and the periods of its trend: one grouped query per figure over the
/// whole trend (plus one for the long-term average's month-end samples), the targets of the years concerned and the
/// appropriations. Nothing is loaded per client.
/// </summary>
public static class KpiReport
{
    public static async Task<IReadOnlyList<KpiSeries>> ComputeAsync(
        AppDbContext db, int municipalityId, KpiPeriod period, DateOnly today, CancellationToken cancellationToken = default)
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
        foreach (var definition in KpiDefinitions.All)
        {
            var average = definition.Code == KpiCode.LongTermUnemployedAverage;
            var members = KpiSql.Members(db, definition.Code, municipalityId, average ? samples : windows, today, interviewDue);
            var counts = await CountsAsync(members, cancellationToken);
            var trend = periods.Select(p =>
            {
                var found = counts.GetValueOrDefault(p.End) ?? KpiCounts.None;
                if (average)
                {
                    found = new KpiCounts(p.SampleDays(today).Count, found.Members);
                }

                var value = definition.ValueOf(found, appropriations.TryGetValue(p.Year, out var amount) ? amount : null);
                var target = definition.TargetFor(targets.TryGetValue((definition.Code, p.Year), out var t) ? t : null, p);
                return new KpiFigure(definition, p, Trimmed(value), Trimmed(target), definition.IsMet(value, target), found);
            }).ToList();
            series.Add(new KpiSeries(definition, trend));
        }

        return series;
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

    private static async Task<Dictionary<DateOnly, KpiCounts>> CountsAsync(IQueryable<KpiMemberRow> members, CancellationToken cancellationToken) =>
        await members
            .GroupBy(m => m.PeriodEnd)
            .Select(g => new
            {
                g.Key,
                Members = g.Count(),
                Hits = g.Count(m => m.Hit),
                Amount = g.Sum(m => m.Amount),
                Counsellors = g.Select(m => m.CounsellorId).Distinct().Count(),
            })
            .ToDictionaryAsync(g => g.Key, g => new KpiCounts(g.Members, g.Hits, g.Amount, g.Counsellors), cancellationToken);
}
