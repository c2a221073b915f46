using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Work trials for a new Kajaani client of ohjaaja1 (or a given client), straight through the domain.</summary>
public static class TestWorkTrials
{
    /// <summary>A draft from <paramref name="start"/> (a week from today) to <paramref name="end"/> (two months on), with a new company unless an organiser is given.</summary>
    public static async Task<WorkTrialAgreement> AddAsync(AppFactory app, long? clientId = null, DateOnly? start = null, DateOnly? end = null, int? organiserId = null)
    {
        var client = clientId ?? await TestDecisions.AddEligibleClientAsync(app);
        var organiser = organiserId ?? (await TestDecisions.AddEmployerAsync(app)).Id;
        var from = start ?? TestClients.Today.AddDays(7);
        await using var db = app.NewDbContext();
        var trial = WorkTrialAgreement.Draft(client, organiser, EmployerType.Company, WorkTrialGoal.CareerChoice,
            new WorkTrialDetails(new WorkplaceSupervisor("Sari Ohjaaja"), "Varastotyöt", from, end ?? from.AddMonths(2).AddDays(-1), 5, 6m, null, false));
        db.WorkTrials.Add(trial);
        await db.SaveChangesAsync();
        return trial;
    }

    /// <summary>A trial signed by all three on <paramref name="start"/> and started that day.</summary>
    public static async Task<WorkTrialAgreement> AddOngoingAsync(AppFactory app, DateOnly start)
    {
        var trial = await AddAsync(app, start: start);
        await using var db = app.NewDbContext();
        var tracked = await db.WorkTrials.SingleAsync(w => w.Id == trial.Id);
        SignAndStart(tracked, start);
        await db.SaveChangesAsync();
        return tracked;
    }

    /// <summary>A trial that started today, was signed by all three, and completed today with the organiser hiring the person.</summary>
    public static async Task<WorkTrialAgreement> AddEndedAsync(AppFactory app)
    {
        var trial = await AddAsync(app, start: TestClients.Today);
        await using var db = app.NewDbContext();
        var tracked = await db.WorkTrials.SingleAsync(w => w.Id == trial.Id);
        SignAndStart(tracked, TestClients.Today);
        tracked.RecordFeedback(new EmployerFeedback(TestClients.Today, 5, 4, 4, 3, true, "Täsmällinen."));
        tracked.Complete(WorkTrialOutcome.HiredByOrganiser, TestClients.Today, "Työllistyi järjestäjälle varastotyöntekijäksi.");
        await db.SaveChangesAsync();
        return tracked;
    }

    private static void SignAndStart(WorkTrialAgreement trial, DateOnly day)
    {
        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            trial.Sign(party, day);
        }

        trial.Start(day);
    }
}
