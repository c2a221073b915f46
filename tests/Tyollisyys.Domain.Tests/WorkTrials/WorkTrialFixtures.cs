using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;
using Xunit;

namespace Tyollisyys.Domain.Tests.WorkTrials;

/// <summary>
/// A trial every test can start from: job-seeker 4711 at company 31 for career choice, Monday 2.3.2026 – Friday
/// 29.5.2026, 4 days a week, 6 hours a day, inside the commuting area. Signed by all three on 20.2.2026 and started
/// on its start date.
/// </summary>
internal static class WorkTrialFixtures
{
    public const long JobSeekerId = 4711;
    public const int OrganiserId = 31;
    public const int OtherOrganiserId = 32;
    public static readonly DateOnly Start = new(2026, 3, 2);
    public static readonly DateOnly End = new(2026, 5, 29);
    public static readonly DateOnly SignedOn = new(2026, 2, 20);

    public static WorkTrialDetails Details(
        DateOnly? start = null,
        DateOnly? end = null,
        int daysPerWeek = 4,
        decimal hoursPerDay = 6m,
        string supervisor = "Maija Mallikas",
        string tasks = "Varaston keräily ja hyllytys",
        string? contactPlan = "Puhelu maanantaisin, käynti joka toinen viikko",
        bool outside = false,
        string? phone = "040 123 4567",
        string? email = "maija@example.fi") =>
        new(new WorkplaceSupervisor(supervisor, phone, email), tasks, start ?? Start, end ?? End, daysPerWeek, hoursPerDay, contactPlan, outside);

    public static WorkTrialAgreement NewDraft(
        WorkTrialDetails? details = null,
        int organiserId = OrganiserId,
        EmployerType type = EmployerType.Company,
        WorkTrialGoal goal = WorkTrialGoal.CareerChoice) =>
        WorkTrialAgreement.Draft(JobSeekerId, organiserId, type, goal, details ?? Details());

    public static WorkTrialAgreement Signed(WorkTrialDetails? details = null)
    {
        var trial = NewDraft(details);
        trial.Sign(WorkTrialParty.JobSeeker, SignedOn);
        trial.Sign(WorkTrialParty.Counsellor, SignedOn);
        trial.Sign(WorkTrialParty.Organiser, SignedOn);
        return trial;
    }

    public static WorkTrialAgreement Ongoing(WorkTrialDetails? details = null)
    {
        var trial = Signed(details);
        trial.Start(trial.StartDate);
        return trial;
    }

    public static WorkTrialAgreement InState(WorkTrialStatus status)
    {
        switch (status)
        {
            case WorkTrialStatus.Draft:
                return NewDraft();
            case WorkTrialStatus.Signed:
                return Signed();
            case WorkTrialStatus.Ongoing:
                return Ongoing();
            case WorkTrialStatus.Completed:
                var completed = Ongoing();
                completed.Complete(WorkTrialOutcome.HiredByOrganiser, End, "Työkokeilu sujui hyvin.");
                return completed;
            case WorkTrialStatus.Interrupted:
                var interrupted = Saved(Ongoing(), 17);
                interrupted.Interrupt(new DateOnly(2026, 4, 10), "Työpaikan vaihto.");
                return interrupted;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    /// <summary>Performs <paramref name="action"/> with arguments that would be valid in the right status.</summary>
    public static void Perform(WorkTrialAgreement trial, WorkTrialAction action)
    {
        switch (action)
        {
            case WorkTrialAction.UpdateDraft:
                trial.UpdateDraft(OrganiserId, EmployerType.Company, WorkTrialGoal.ReturnToWork, Details());
                break;
            case WorkTrialAction.Sign:
                trial.Sign(WorkTrialParty.Counsellor, SignedOn);
                break;
            case WorkTrialAction.Start:
                trial.Start(Start);
                break;
            case WorkTrialAction.Complete:
                trial.Complete(WorkTrialOutcome.None, End, "Yhteenveto.");
                break;
            case WorkTrialAction.Interrupt:
                trial.Interrupt(new DateOnly(2026, 4, 1), "Sairastuminen.");
                break;
            case WorkTrialAction.ContinueAfterInterruption:
                trial.ContinueAfterInterruption(OtherOrganiserId, EmployerType.Association, Details(start: new DateOnly(2026, 5, 4), end: new DateOnly(2026, 6, 30)));
                break;
            case WorkTrialAction.LogContact:
                trial.LogContact(new DateOnly(2026, 3, 3), ContactChannel.Phone, "Työnhakija", null);
                break;
            case WorkTrialAction.RecordAttendance:
                trial.RecordAttendance(2026, 3, [new DateOnly(2026, 3, 2)]);
                break;
            case WorkTrialAction.RecordFeedback:
                trial.RecordFeedback(new EmployerFeedback(End, 4, 4, 5, 4, true, null));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>Gives the trial the Id the database would (needed to link a continuation to it).</summary>
    public static WorkTrialAgreement Saved(WorkTrialAgreement trial, long id)
    {
        typeof(WorkTrialAgreement).GetProperty(nameof(WorkTrialAgreement.Id))!.SetValue(trial, id);
        return trial;
    }

    public static DomainException AssertRefused(string messageKey, Action action)
    {
        var exception = Assert.Throws<DomainException>(action);
        Assert.Equal(messageKey, exception.MessageKey);
        return exception;
    }
}
