using System.Globalization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Domain.WorkTrials;

/// <summary>How a trial ends: completed with its outcome, or interrupted and perhaps continued at another workplace.</summary>
public sealed partial class WorkTrialAgreement
{
    /// <summary>
    /// Completes an ongoing trial with its outcome and the counsellor's closing summary (required).
    /// <paramref name="completedOn"/> is the trial's last day: on or after the day it started; a day before
    /// <see cref="EndDate"/> ends it early (e.g. the organiser hired the person), a day after it leaves the end date.
    /// </summary>
    public void Complete(WorkTrialOutcome outcome, DateOnly completedOn, string closingSummary)
    {
        Require(WorkTrialAction.Complete, WorkTrialStatus.Ongoing);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        if (completedOn < StartedOn!.Value)
        {
            throw new DomainException(
                "WorkTrials.Agreement.EndBeforeStarted",
                string.Create(CultureInfo.InvariantCulture, $"The trial cannot end on {completedOn:yyyy-MM-dd}, before it started on {StartedOn:yyyy-MM-dd}."),
                completedOn,
                StartedOn.Value);
        }

        var summary = Guard.RequiredText(closingSummary, ClosingSummaryMaxLength, "WorkTrials.Agreement.ClosingSummaryRequired", "Closing summary");

        Status = WorkTrialStatus.Completed;
        Outcome = outcome;
        CompletedOn = completedOn;
        ClosingSummary = summary;
    }

    /// <summary>
    /// Interrupts a signed or ongoing trial; <paramref name="lastDay"/> is its last day. An ongoing trial's last day
    /// lies between the day it started and the end date; a signed trial's last day may lie before the start date
    /// (it never began and counts 0 days), but not after the end date.
    /// </summary>
    public void Interrupt(DateOnly lastDay, string reason)
    {
        Require(WorkTrialAction.Interrupt, WorkTrialStatus.Signed, WorkTrialStatus.Ongoing);
        if (StartedOn is { } started && lastDay < started)
        {
            throw new DomainException(
                "WorkTrials.Agreement.EndBeforeStarted",
                string.Create(CultureInfo.InvariantCulture, $"The trial cannot end on {lastDay:yyyy-MM-dd}, before it started on {started:yyyy-MM-dd}."),
                lastDay,
                started);
        }

        if (lastDay > EndDate)
        {
            throw new DomainException(
                "WorkTrials.Agreement.InterruptionAfterEndDate",
                string.Create(CultureInfo.InvariantCulture, $"An interruption on {lastDay:yyyy-MM-dd} comes after the end date {EndDate:yyyy-MM-dd}; complete the trial instead."),
                lastDay,
                EndDate);
        }

        var text = Guard.RequiredText(reason, ReasonMaxLength, "WorkTrials.Agreement.InterruptionReasonRequired", "Interruption reason");

        Status = WorkTrialStatus.Interrupted;
        InterruptedOn = lastDay;
        InterruptionReason = text;
    }

    /// <summary>
    /// Change of workplace: a new draft for the same person with the same goal, linked to this interrupted trial,
    /// starting after its last day. This trial must have been saved (it needs an <see cref="Id"/> to be linked to).
    /// The caller checks the limits for the new draft as for any other.
    /// </summary>
    public WorkTrialAgreement ContinueAfterInterruption(int organiserId, EmployerType organiserType, WorkTrialDetails details)
    {
        Require(WorkTrialAction.ContinueAfterInterruption, WorkTrialStatus.Interrupted);
        ArgumentNullException.ThrowIfNull(details);
        if (Id == 0)
        {
            throw new InvalidOperationException("Save the interrupted trial before continuing it: the continuation links to its Id.");
        }

        if (details.StartDate <= InterruptedOn!.Value)
        {
            throw new DomainException(
                "WorkTrials.Agreement.ContinuationStartsTooEarly",
                string.Create(CultureInfo.InvariantCulture, $"The continuation starts after the interrupted trial's last day {InterruptedOn:yyyy-MM-dd} (got {details.StartDate:yyyy-MM-dd})."),
                InterruptedOn.Value,
                details.StartDate);
        }

        var next = Draft(JobSeekerId, organiserId, organiserType, Goal, details);
        next.ContinuesTrialId = Id;
        return next;
    }
}
