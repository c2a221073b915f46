using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The work-trial tables hold what the domain gives them: signatures, contacts, attendance dates, the chain.</summary>
public sealed class WorkTrialPersistenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static WorkTrialDetails Details(DateOnly start, DateOnly end) =>
        new(new WorkplaceSupervisor("Sari Ohjaaja", "040 123 4567", "sari.ohjaaja@example.fi"), "Varastotyöt ja keräily", start, end, 4, 6.5m, "Puhelu maanantaisin", true);

    [Fact]
    public async Task A_trial_with_signatures_contacts_attendance_feedback_and_a_continuation_reads_back_the_same()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var organiser = await TestDecisions.AddEmployerAsync(app);
        var next = await TestDecisions.AddEmployerAsync(app, EmployerType.Association);

        long trialId;
        await using (var db = app.NewDbContext())
        {
            var trial = WorkTrialAgreement.Draft(clientId, organiser.Id, EmployerType.Company, WorkTrialGoal.ReturnToWork, Details(Start, new DateOnly(2026, 5, 29)));
            trial.Sign(WorkTrialParty.JobSeeker, new DateOnly(2026, 2, 20));
            trial.Sign(WorkTrialParty.Counsellor, new DateOnly(2026, 2, 20));
            trial.Sign(WorkTrialParty.Organiser, new DateOnly(2026, 2, 23));
            trial.Start(Start);
            trial.LogContact(new DateOnly(2026, 3, 4), ContactChannel.Visit, "Sari Ohjaaja", "Aloituspalaveri", WorkTrialContactKind.StartMeeting);
            trial.RecordAttendance(2026, 3, [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)]);
            trial.Interrupt(new DateOnly(2026, 3, 20), "Työpaikka vaihtuu");
            db.WorkTrials.Add(trial);
            await db.SaveChangesAsync();
            trialId = trial.Id;

            var continuation = trial.ContinueAfterInterruption(next.Id, EmployerType.Association, Details(new DateOnly(2026, 3, 23), new DateOnly(2026, 5, 29)));
            db.WorkTrials.Add(continuation);
            await db.SaveChangesAsync();
        }

        await using (var db = app.NewDbContext())
        {
            var saved = await db.WorkTrials.Include(t => t.Contacts).Include(t => t.Attendance).AsNoTracking().SingleAsync(t => t.Id == trialId);
            Assert.Equal(WorkTrialStatus.Interrupted, saved.Status);
            Assert.Equal(6.5m, saved.HoursPerDay);
            Assert.Equal(new DateOnly(2026, 2, 23), saved.OrganiserSignedOn);
            Assert.Equal(new DateOnly(2026, 3, 20), saved.EffectiveEnd);
            Assert.Equal(WorkTrialContactKind.StartMeeting, Assert.Single(saved.Contacts).Kind);
            Assert.Equal(3, Assert.Single(saved.Attendance).Dates.Count);
            var continuation = await db.WorkTrials.AsNoTracking().SingleAsync(t => t.ContinuesTrialId == trialId);
            Assert.Equal(WorkTrialStatus.Draft, continuation.Status);
            Assert.Equal(next.Id, continuation.OrganiserId);
            Assert.Equal(WorkTrialGoal.ReturnToWork, continuation.Goal);

            // The limits read the person's saved trials: the interrupted one counts up to 20.3., the continuation
            // is its own organiser's; together they stay under the 12 months.
            var persons = await db.WorkTrials.AsNoTracking().Where(t => t.JobSeekerId == clientId).ToListAsync();
            WorkTrialLimits.Check(continuation, persons);
        }
    }
}
