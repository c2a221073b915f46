namespace Tyollisyys.Domain.JobSeekers;

/// <summary>The status of a job-search spell (työnhaun tila).</summary>
public enum JobSearchStatus
{
    Unemployed = 1,
    LaidOff = 2,
    PartTime = 3,
    Employed = 4,
    InService = 5,
    Student = 6,
    NotJobSeeking = 7,
}

/// <summary>Why a spell ended.</summary>
public enum SpellEndReason
{
    OpenMarketJob = 1,
    SubsidisedJob = 2,
    Entrepreneur = 3,
    Studies = 4,
    OtherService = 5,
    MovedAway = 6,
    Other = 7,
}

public enum ServiceLanguage
{
    Finnish = 1,
    Swedish = 2,
    Other = 3,
}

public enum EducationLevel
{
    Unknown = 0,
    Basic = 1,
    UpperSecondary = 2,
    Vocational = 3,
    BachelorOrPolytechnic = 4,
    Master = 5,
    Doctorate = 6,
}

public static class JobSearchStatuses
{
    /// <summary>Fully unemployed or fully laid off: the statuses that make an unemployment run (Statistics Finland's definition).</summary>
    public static bool CountsAsUnemployed(this JobSearchStatus status) =>
        status is JobSearchStatus.Unemployed or JobSearchStatus.LaidOff;
}
