using Tyollisyys.Domain.Kpi;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// A figure's counts in a municipality as kept in <c>kpi_counts</c> (<see cref="KpiCountStore"/>), under the key days
/// of <see cref="KpiSettlement.KeyOf"/>. Written only by the store's upsert; a projection for reading, never edited.
/// </summary>
public sealed class KpiKeptCount
{
    public int MunicipalityId { get; init; }

    public KpiCode Kpi { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public int Members { get; init; }

    public int Hits { get; init; }

    public decimal Amount { get; init; }

    public int Counsellors { get; init; }

    /// <summary>The day the count was computed as of (the "today" of its SQL).</summary>
    public DateOnly JudgedOn { get; init; }

    public DateTimeOffset ComputedAt { get; init; }

    public KpiCounts Counts => new(Members, Hits, Amount, Counsellors);
}
