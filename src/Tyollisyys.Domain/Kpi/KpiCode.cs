namespace Tyollisyys.Domain.Kpi;

/// <summary>The figures managers and councils follow (domain.md §7, issue 7 item 2). The numbers are stored: never renumber.</summary>
public enum KpiCode
{
    NewSpellsPassingThreeMonths = 1,
    ActivationRate = 2,
    YouthActivationRate = 3,
    LongTermUnemployedAverage = 4,
    LongTermUnemployedAtEnd = 5,
    UnemployedUnder25 = 6,
    InitialInterviewsOnTime = 7,
    PlansUpToDate = 8,
    ClientsPerCounsellor = 9,
    KuntalisaAppropriationUsed = 10,
    KuntalisaDecisionsMade = 11,
    WorkTrialPositivePlacement = 12,
}

/// <summary>What a figure is measured in.</summary>
public enum KpiUnit
{
    Percent = 1,
    People = 2,
    ClientsPerCounsellor = 3,
    Decisions = 4,
}

/// <summary>Whether a figure meets its target by staying at or under it, or by reaching it.</summary>
public enum TargetDirection
{
    AtMost = 1,
    AtLeast = 2,
}

/// <summary>How a figure is made of its counts (<see cref="KpiCounts"/>).</summary>
public enum KpiShape
{
    /// <summary>Hits ÷ members × 100.</summary>
    Share = 1,

    /// <summary>The number of members.</summary>
    Count = 2,

    /// <summary>Hits (summed over the sample days) ÷ members (the number of sample days).</summary>
    Average = 3,

    /// <summary>Members ÷ distinct counsellors.</summary>
    PerCounsellor = 4,

    /// <summary>Amount ÷ the year's appropriation × 100.</summary>
    AppropriationShare = 5,
}
