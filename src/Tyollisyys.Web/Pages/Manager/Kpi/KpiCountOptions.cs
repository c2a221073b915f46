namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>The kept KPI counts' settings (section "Kpi").</summary>
public sealed class KpiCountOptions
{
    public const string Section = "Kpi";

    /// <summary>Off in the tests, which run <see cref="KpiCountRefresher.RefreshAsync(Data.AppDbContext, DateOnly, DateTimeOffset, TimeSpan, CancellationToken)"/> themselves.</summary>
    public bool RefreshInBackground { get; set; } = true;

    /// <summary>
    /// How often the background job recomputes the counts of the running periods (and, on a new day, every count). The
    /// dashboard shows a running count up to twice this old and computes it on the view when older; 0 computes running
    /// counts on every view.
    /// </summary>
    public int RefreshMinutes { get; set; } = 10;

    /// <summary>How old a running period's count the dashboard shows.</summary>
    public TimeSpan RunningMaxAge => TimeSpan.FromMinutes(2 * Math.Max(0, RefreshMinutes));
}
