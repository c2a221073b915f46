namespace Tyollisyys.Domain.WorkTrials;

/// <summary>The organiser's workplace supervisor named in the agreement; the name is required, phone and e-mail optional.</summary>
public sealed record WorkplaceSupervisor(string Name, string? Phone = null, string? Email = null);

/// <summary>
/// What the counsellor writes into a draft agreement besides the person, the organiser and the goal.
/// <paramref name="EndDate"/> is the last day of the trial (inclusive).
/// </summary>
public sealed record WorkTrialDetails(
    WorkplaceSupervisor Supervisor,
    string Tasks,
    DateOnly StartDate,
    DateOnly EndDate,
    int DaysPerWeek,
    decimal HoursPerDay,
    string? ContactPlan,
    bool OutsideCommutingArea);
