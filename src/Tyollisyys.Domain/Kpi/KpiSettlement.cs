namespace Tyollisyys.Domain.Kpi;

/// <summary>
/// Which counts of a figure are the same whatever day they are computed on, so that a count kept once can be shown
/// again: what a figure's count depends on, and from which day on it no longer changes as days pass (only a late entry
/// or a correction can change it then, and the stored counts are recomputed every night for those).
/// </summary>
/// <remarks>
/// A stock (the clients in a state on one day) depends only on that day: it is keyed by the day, whatever period
/// asks for it, and is settled once the day is over. The long-term unemployed average is a mean of the same stock
/// that "long-term unemployed at period end" reads, so the two share their counts. A flow (events in a period)
/// depends on the period's first and last day, and is settled once the period is over and every event in it has
/// been judged: a run begun on the last day is judged 3 months later, a job search once its interview deadline passes.
/// </remarks>
public static class KpiSettlement
{
    /// <summary>Whether the figure is read on one day (its count depends on that day only).</summary>
    public static bool IsStock(KpiCode code) => code switch
    {
        KpiCode.ActivationRate or KpiCode.YouthActivationRate or KpiCode.LongTermUnemployedAverage or KpiCode.LongTermUnemployedAtEnd
            or KpiCode.UnemployedUnder25 or KpiCode.PlansUpToDate or KpiCode.ClientsPerCounsellor or KpiCode.KuntalisaAppropriationUsed => true,
        KpiCode.NewSpellsPassingThreeMonths or KpiCode.InitialInterviewsOnTime or KpiCode.KuntalisaDecisionsMade
            or KpiCode.WorkTrialPositivePlacement => false,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No such figure."),
    };

    /// <summary>The figure whose counts this one's are: the average's are those of the stock at period end.</summary>
    public static KpiCode CountedAs(KpiCode code) =>
        code == KpiCode.LongTermUnemployedAverage ? KpiCode.LongTermUnemployedAtEnd : code;

    /// <summary>
    /// The days a count is kept under: the as-of day twice for a stock, the period's first and last day for a flow.
    /// </summary>
    public static (DateOnly From, DateOnly To) KeyOf(KpiCode code, DateOnly start, DateOnly end, DateOnly asOf) =>
        IsStock(code) ? (asOf, asOf) : (start, end);

    /// <summary>
    /// Whether the count kept under <paramref name="from"/>–<paramref name="to"/> (see <see cref="KeyOf"/>), computed on
    /// <paramref name="judgedOn"/>, no longer changes with the day. <paramref name="interviewDue"/> gives a job search's
    /// interview deadline by its first day (null where none is asked).
    /// </summary>
    public static bool IsSettled(KpiCode code, DateOnly from, DateOnly to, DateOnly judgedOn, Func<DateOnly, DateOnly?> interviewDue)
    {
        ArgumentNullException.ThrowIfNull(interviewDue);
        if (to >= judgedOn)
        {
            return false;
        }

        return CountedAs(code) switch
        {
            // A run begun on the last day is judged on its 3-month point, and that day must be over too.
            KpiCode.NewSpellsPassingThreeMonths => to.AddMonths(3) < judgedOn,
            KpiCode.InitialInterviewsOnTime => AllDeadlinesPassed(from, to, judgedOn, interviewDue),
            _ => true,
        };
    }

    private static bool AllDeadlinesPassed(DateOnly from, DateOnly to, DateOnly judgedOn, Func<DateOnly, DateOnly?> interviewDue)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (interviewDue(day) is { } due && due >= judgedOn)
            {
                return false;
            }
        }

        return true;
    }
}
