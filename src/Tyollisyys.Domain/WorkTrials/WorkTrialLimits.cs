using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// One trial as the limits see it: the organiser and the days from <paramref name="Start"/> to <paramref name="End"/>
/// (both inclusive; for a trial that ended early, its effective end). A trial interrupted before it began ends before
/// it starts and counts 0 days.
/// </summary>
public sealed record WorkTrialPeriod(int OrganiserId, DateOnly Start, DateOnly End)
{
    /// <summary>Calendar days from start to end, both counted; 0 when the end lies before the start.</summary>
    public int Days => End < Start ? 0 : End.DayNumber - Start.DayNumber + 1;

    public bool Overlaps(WorkTrialPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Days > 0 && other.Days > 0 && Start <= other.End && other.Start <= End;
    }
}

/// <summary>
/// The limits of domain.md §5, checked when a trial is saved: a person's trials may not overlap; at most
/// <see cref="MonthsPerOrganiser"/> months with one organiser and <see cref="MonthsInTotal"/> months in all.
/// <para>
/// What counts: every one of the person's trials in every status, drafts included (a draft is a trial being
/// planned, and two drafts must not together overrun the limits; a draft that will not go ahead is deleted, which
/// loses nothing as nobody has signed it), each from its start date to its effective end (an interruption or an
/// early completion shortens it). The trial being saved is left out of the others.
/// </para>
/// <para>
/// What "N months" means: the trials' days are summed (each counted inclusively), and the sum may be at most the
/// number of days in the N calendar months that begin on the earliest start among the trials counted, i.e.
/// <c>first.AddMonths(N) − first</c> days. So a single trial from 1.1.2026 may last until 30.6.2026
/// (1.7. − 1.1. = 181 days, exactly 6 months) and not one day longer, and several shorter trials may together use
/// as many days as one continuous trial from the first one's start could.
/// </para>
/// </summary>
public static class WorkTrialLimits
{
    public const int MonthsPerOrganiser = 6;
    public const int MonthsInTotal = 12;

    /// <summary>Days allowed for <paramref name="months"/> months counted from <paramref name="first"/>.</summary>
    public static int AllowedDays(DateOnly first, int months) => first.AddMonths(months).DayNumber - first.DayNumber;

    /// <summary>Refuses <paramref name="candidate"/> if it overlaps one of <paramref name="others"/> or takes the person over a limit.</summary>
    public static void Check(WorkTrialPeriod candidate, IEnumerable<WorkTrialPeriod> others)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(others);
        var counted = others.Where(p => p.Days > 0).ToList();
        if (candidate.Days == 0)
        {
            return;
        }

        if (counted.Where(candidate.Overlaps).OrderBy(p => p.Start).FirstOrDefault() is { } overlapping)
        {
            throw new DomainException(
                "WorkTrials.Limits.Overlap",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The trial {candidate.Start:yyyy-MM-dd}–{candidate.End:yyyy-MM-dd} overlaps the person's trial {overlapping.Start:yyyy-MM-dd}–{overlapping.End:yyyy-MM-dd}."),
                overlapping.Start,
                overlapping.End);
        }

        CheckSum(candidate, counted.Where(p => p.OrganiserId == candidate.OrganiserId).ToList(), MonthsPerOrganiser, "WorkTrials.Limits.OrganiserMonthsExceeded", "with this organiser");
        CheckSum(candidate, counted, MonthsInTotal, "WorkTrials.Limits.TotalMonthsExceeded", "in total");
    }

    /// <summary>
    /// As <see cref="Check(WorkTrialPeriod, IEnumerable{WorkTrialPeriod})"/> for an agreement against the person's
    /// trials; the agreement itself (the same object, or the same saved Id) is left out of them.
    /// </summary>
    public static void Check(WorkTrialAgreement trial, IEnumerable<WorkTrialAgreement> personsTrials)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(personsTrials);
        var others = personsTrials
            .Where(t => !ReferenceEquals(t, trial) && (trial.Id == 0 || t.Id != trial.Id))
            .Select(t => t.Period);
        Check(trial.Period, others);
    }

    private static void CheckSum(WorkTrialPeriod candidate, List<WorkTrialPeriod> others, int months, string key, string scope)
    {
        var first = others.Select(p => p.Start).Append(candidate.Start).Min();
        var allowed = AllowedDays(first, months);
        var usedBefore = others.Sum(p => p.Days);
        var total = usedBefore + candidate.Days;
        if (total > allowed)
        {
            throw new DomainException(
                key,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"With this trial the person would have {total} days of work trial {scope} ({usedBefore} before, {candidate.Days} in this one); {months} months from {first:yyyy-MM-dd} allow {allowed} days."),
                total,
                usedBefore,
                candidate.Days,
                allowed,
                months,
                first);
        }
    }
}
