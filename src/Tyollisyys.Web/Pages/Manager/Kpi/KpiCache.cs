using Microsoft.Extensions.Caching.Memory;
using Tyollisyys.Domain.Kpi;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// Keeps a computed dashboard (a municipality's figures and trends for one period, as of one day) for
/// <c>Kpi:CacheSeconds</c> seconds (default 300; 0 turns it off). The figures are aggregates over the whole register
/// — a year's trend at 100 000 clients takes seconds of SQL — and a manager looking at them, exporting them and
/// coming back should not pay for it each time; they are at most that many seconds old, as the page says.
/// </summary>
public sealed class KpiCache(IMemoryCache cache, IConfiguration configuration)
{
    private readonly TimeSpan _keep = TimeSpan.FromSeconds(configuration.GetValue("Kpi:CacheSeconds", 300));

    public int Seconds => (int)_keep.TotalSeconds;

    public async Task<IReadOnlyList<KpiSeries>> GetOrComputeAsync(
        int municipalityId, KpiPeriod period, DateOnly today, Func<Task<IReadOnlyList<KpiSeries>>> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_keep <= TimeSpan.Zero)
        {
            return await compute();
        }

        var key = (nameof(KpiCache), municipalityId, period.Code, today);
        if (cache.TryGetValue(key, out IReadOnlyList<KpiSeries>? kept) && kept is not null)
        {
            return kept;
        }

        var computed = await compute();
        cache.Set(key, computed, _keep);
        return computed;
    }
}
