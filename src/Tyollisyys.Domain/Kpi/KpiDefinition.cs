namespace Tyollisyys.Domain.Kpi;

/// <summary>
/// One figure: its code, unit, shape, target direction, whether its yearly target is prorated to shorter periods
/// (a count of events over the period, such as decisions made; rates and stocks are not), and the target the demo
/// municipalities are given (domain.md §7). The sentence saying how it is computed is the string
/// <c>Kpi.{Code}.How</c> in the string tables; <see cref="KpiCalculator"/> is the definition in code.
/// </summary>
public sealed record KpiDefinition(KpiCode Code, KpiUnit Unit, KpiShape Shape, TargetDirection Direction, bool ProratedTarget, decimal DemoTarget)
{
    /// <summary>The largest target an admin may set for a figure of this unit (100 for a percentage).</summary>
    public decimal MaxTarget => Unit == KpiUnit.Percent ? 100m : 1_000_000m;

    /// <summary>The figure from its counts, rounded to one decimal; null when there is nothing to divide by.</summary>
    public decimal? ValueOf(KpiCounts counts, decimal? appropriation = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Shape switch
        {
            KpiShape.Share => counts.Members == 0 ? null : Round(counts.Hits * 100m / counts.Members),
            KpiShape.Count => counts.Members,
            KpiShape.Average => counts.Members == 0 ? null : Round((decimal)counts.Hits / counts.Members),
            KpiShape.PerCounsellor => counts.Counsellors == 0 ? null : Round((decimal)counts.Members / counts.Counsellors),
            _ => appropriation is > 0m ? Round(counts.Amount * 100m / appropriation.Value) : null,
        };
    }

    /// <summary>The target for <paramref name="period"/> from the year's target: prorated by months where <see cref="ProratedTarget"/>.</summary>
    public decimal? TargetFor(decimal? yearTarget, KpiPeriod period) =>
        yearTarget is { } target && ProratedTarget ? Round(target * period.MonthCount / 12m) : yearTarget;

    /// <summary>Whether <paramref name="value"/> meets <paramref name="target"/>; null when either is missing.</summary>
    public bool? IsMet(decimal? value, decimal? target) =>
        value is not { } v || target is not { } t ? null : Direction == TargetDirection.AtMost ? v <= t : v >= t;

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

/// <summary>The catalogue of figures, in the order the dashboard shows them.</summary>
public static class KpiDefinitions
{
    public static readonly IReadOnlyList<KpiDefinition> All =
    [
        new(KpiCode.NewSpellsPassingThreeMonths, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtMost, false, 25m),
        new(KpiCode.ActivationRate, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtLeast, false, 50m),
        new(KpiCode.YouthActivationRate, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtLeast, false, 100m),
        new(KpiCode.LongTermUnemployedAverage, KpiUnit.People, KpiShape.Average, TargetDirection.AtMost, false, 25m),
        new(KpiCode.LongTermUnemployedAtEnd, KpiUnit.People, KpiShape.Count, TargetDirection.AtMost, false, 25m),
        new(KpiCode.UnemployedUnder25, KpiUnit.People, KpiShape.Count, TargetDirection.AtMost, false, 0m),
        new(KpiCode.InitialInterviewsOnTime, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtLeast, false, 90m),
        new(KpiCode.PlansUpToDate, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtLeast, false, 90m),
        new(KpiCode.ClientsPerCounsellor, KpiUnit.ClientsPerCounsellor, KpiShape.PerCounsellor, TargetDirection.AtMost, false, 80m),
        new(KpiCode.KuntalisaAppropriationUsed, KpiUnit.Percent, KpiShape.AppropriationShare, TargetDirection.AtLeast, false, 100m),
        new(KpiCode.KuntalisaDecisionsMade, KpiUnit.Decisions, KpiShape.Count, TargetDirection.AtLeast, true, 40m),
        new(KpiCode.WorkTrialPositivePlacement, KpiUnit.Percent, KpiShape.Share, TargetDirection.AtLeast, false, 45m),
    ];

    public static KpiDefinition Of(KpiCode code) => All.Single(d => d.Code == code);
}

/// <summary>
/// What a figure is computed from, as the database's GROUP BY gives it: <see cref="Members"/> (the clients or events
/// counted: the denominator of a share), <see cref="Hits"/> (those that meet the figure's condition), the
/// <see cref="Amount"/> of euros (kuntalisä) and the distinct <see cref="Counsellors"/> of the members.
/// </summary>
public sealed record KpiCounts(int Members, int Hits, decimal Amount = 0m, int Counsellors = 0)
{
    public static readonly KpiCounts None = new(0, 0);
}
