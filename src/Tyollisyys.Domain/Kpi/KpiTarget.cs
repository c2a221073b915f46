using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kpi;

/// <summary>
/// The target an admin sets for one figure of one municipality in one year (issue 7 item 2). One per municipality,
/// year and figure (the database enforces that). A figure without a target row simply has no target.
/// </summary>
public sealed class KpiTarget
{
    private KpiTarget()
    {
    }

    public KpiTarget(int municipalityId, int year, KpiCode kpi, decimal value)
    {
        if (year is < KpiPeriod.FirstYear or > KpiPeriod.LastYear)
        {
            throw new DomainException("Kpi.Period.InvalidYear", $"A target's year lies within {KpiPeriod.FirstYear}–{KpiPeriod.LastYear}.", KpiPeriod.FirstYear, KpiPeriod.LastYear);
        }

        MunicipalityId = municipalityId;
        Year = year;
        Kpi = KpiDefinitions.Of(kpi).Code;
        Value = Checked(kpi, value);
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public int Year { get; private set; }

    public KpiCode Kpi { get; private set; }

    /// <summary>In the figure's unit (a percentage as 0–100); for a prorated figure, the whole year's target.</summary>
    public decimal Value { get; private set; }

    public void Revise(decimal value) => Value = Checked(Kpi, value);

    private static decimal Checked(KpiCode kpi, decimal value)
    {
        var max = KpiDefinitions.Of(kpi).MaxTarget;
        if (value < 0m || value > max || Math.Round(value, 2) != value)
        {
            throw new DomainException("Kpi.Target.OutOfRange", $"A target lies within 0–{max}, with at most two decimals.", max);
        }

        return value;
    }
}
