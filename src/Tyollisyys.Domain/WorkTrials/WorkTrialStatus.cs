namespace Tyollisyys.Domain.WorkTrials;

/// <summary>Where a work trial is in its lifecycle (domain.md §5). The numbers are stored: never renumber.</summary>
public enum WorkTrialStatus
{
    /// <summary>Being written; the only status in which the details may change.</summary>
    Draft = 1,

    /// <summary>All three parties have signed; waiting for the start date.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The agreement's status, as the domain names it; not the integer sense of signed.")]
    Signed = 2,

    Ongoing = 3,

    /// <summary>Ended with an outcome and the counsellor's closing summary.</summary>
    Completed = 4,

    /// <summary>Ended early with a reason; may be continued at another workplace.</summary>
    Interrupted = 5,
}

/// <summary>What was attempted on a work trial; named in the "illegal transition" refusal together with the status.</summary>
public enum WorkTrialAction
{
    UpdateDraft = 1,
    Sign = 2,
    Start = 3,
    Complete = 4,
    Interrupt = 5,
    ContinueAfterInterruption = 6,
    LogContact = 7,
    RecordAttendance = 8,
    RecordFeedback = 9,
}

/// <summary>The three parties of the written agreement.</summary>
public enum WorkTrialParty
{
    JobSeeker = 1,
    Counsellor = 2,
    Organiser = 3,
}

/// <summary>What the trial is for (domain.md §5).</summary>
public enum WorkTrialGoal
{
    CareerChoice = 1,
    ReturnToWork = 2,
    Other = 3,
}

/// <summary>Where the person went after a completed trial. The numbers are stored: never renumber.</summary>
public enum WorkTrialOutcome
{
    HiredByOrganiser = 1,
    OtherOpenMarketJob = 2,
    VocationalStudies = 3,
    OtherService = 4,
    None = 5,
}

public static class WorkTrialOutcomes
{
    /// <summary>
    /// Open labour market (hired by the organiser or another open-market job) or vocational studies: what the
    /// positive-placement rate counts (the seeds' service model aims at 45 %).
    /// </summary>
    public static bool IsPositivePlacement(this WorkTrialOutcome outcome) =>
        outcome is WorkTrialOutcome.HiredByOrganiser or WorkTrialOutcome.OtherOpenMarketJob or WorkTrialOutcome.VocationalStudies;
}
