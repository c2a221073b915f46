using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Csv;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// The KPI dashboard (/Manager/Kpi?municipality=&amp;period=): every figure of a municipality for a month, quarter or
/// year against its target, how it is computed, a link to the clients behind it and its trend; and the same table as
/// CSV (?handler=Csv). The figures are counts, never a person, so viewing writes no client audit row; the export
/// writes one of its own, as every export does. The counts are kept (<see cref="KpiCountStore"/>): the page says when
/// the chosen period's were computed.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<KpiCountOptions> options, IStringLocalizer<SharedResource> t) : PageModel
{
    public KpiChoice Choice { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<KpiSeries> Series { get; private set; } = [];

    /// <summary>When the oldest count of the chosen period was computed (null: nothing to show).</summary>
    public DateTimeOffset? ComputedAt { get; private set; }

    /// <summary>How often the running counts are recomputed in the background, in minutes (0: on every view).</summary>
    public int RefreshMinutes => options.Value.RefreshInBackground ? options.Value.RefreshMinutes : 0;

    public async Task OnGetAsync(int? municipality, string? period, CancellationToken cancellationToken)
    {
        await LoadAsync(municipality, period, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(int? municipality, string? period, CancellationToken cancellationToken)
    {
        await LoadAsync(municipality, period, cancellationToken);
        if (Choice.MunicipalityId is not { } municipalityId)
        {
            return NotFound();
        }

        // Saved before the first byte: a stream cannot be rolled back.
        await audit.RecordAndSaveAsync(
            AuditAction.Export,
            "KpiTable",
            reason: string.Create(CultureInfo.InvariantCulture, $"municipality={municipalityId}; period={Choice.Period.Code}; figures={Series.Count}"),
            cancellationToken: cancellationToken);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"kpi-{Choice.MunicipalityName}-{Choice.Period.Code}.csv");
        var municipalityName = Choice.MunicipalityName;
        var periodText = KpiText.Period(t, Choice.Period);
        return new CsvResult(fileName, async (rows, _) =>
        {
            await rows.RowAsync(t["Kpi.Municipality"].Value, t["Kpi.Period"].Value, t["Kpi.Figure"].Value, t["Kpi.Value"].Value, t["Kpi.Target"].Value, t["Kpi.Met"].Value);
            foreach (var series in Series)
            {
                var figure = series.Current;
                await rows.RowAsync(municipalityName, periodText, KpiText.Name(t, series.Definition.Code), figure.Value, figure.Target, KpiText.Met(t, figure.Met));
            }
        });
    }

    private async Task LoadAsync(int? municipality, string? period, CancellationToken cancellationToken)
    {
        Today = clock.FinnishToday();
        Choice = await KpiChoice.ReadAsync(db, User, municipality, period, Today, cancellationToken);
        if (Choice.MunicipalityId is { } municipalityId)
        {
            var dashboard = await KpiReport.ComputeAsync(
                db, municipalityId, Choice.Period, Today, clock.GetUtcNow(), options.Value.RunningMaxAge, cancellationToken);
            Series = dashboard.Series;
            ComputedAt = dashboard.ComputedAt;
        }
    }
}
