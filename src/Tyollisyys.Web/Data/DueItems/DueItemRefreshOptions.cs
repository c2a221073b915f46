namespace Tyollisyys.Web.Data.DueItems;

/// <summary>The due-item refresher's settings (section "DueItems").</summary>
public sealed class DueItemRefreshOptions
{
    public const string Section = "DueItems";

    /// <summary>Off in the tests, which run <see cref="DueItemRefresher.RefreshStaleAsync(AppDbContext, DateOnly, int, CancellationToken)"/> themselves.</summary>
    public bool RefreshInBackground { get; set; } = true;

    /// <summary>How often the refresher looks for stale clients: a new day, a rule-set change, clients never computed.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>Clients recomputed per transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}
