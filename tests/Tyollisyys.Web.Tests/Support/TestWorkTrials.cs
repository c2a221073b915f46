using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>A draft work trial for a new Kajaani client of ohjaaja1, straight through the domain.</summary>
public static class TestWorkTrials
{
    public static async Task<WorkTrialAgreement> AddAsync(AppFactory app, long? clientId = null, DateOnly? start = null)
    {
        var client = clientId ?? await TestDecisions.AddEligibleClientAsync(app);
        var organiser = await TestDecisions.AddEmployerAsync(app);
        var from = start ?? TestClients.Today.AddDays(7);
        await using var db = app.NewDbContext();
        var trial = WorkTrialAgreement.Draft(client, organiser.Id, EmployerType.Company, WorkTrialGoal.CareerChoice,
            new WorkTrialDetails(new WorkplaceSupervisor("Sari Ohjaaja"), "Varastotyöt", from, from.AddMonths(2).AddDays(-1), 5, 6m, null, false));
        db.WorkTrials.Add(trial);
        await db.SaveChangesAsync();
        return trial;
    }

    /// <summary>A trial that started today, was signed by all three, and completed today with the organiser hiring the person.</summary>
    public static async Task<WorkTrialAgreement> AddEndedAsync(AppFactory app)
    {
        var trial = await AddAsync(app, start: TestClients.Today);
        await using var db = app.NewDbContext();
        var tracked = await db.WorkTrials.SingleAsync(w => w.Id == trial.Id);
        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            tracked.Sign(party, TestClients.Today);
        }

        tracked.Start(TestClients.Today);
        tracked.RecordFeedback(new EmployerFeedback(TestClients.Today, 5, 4, 4, 3, true, "Täsmällinen."));
        tracked.Complete(WorkTrialOutcome.HiredByOrganiser, TestClients.Today, "Työllistyi järjestäjälle varastotyöntekijäksi.");
        await db.SaveChangesAsync();
        return tracked;
    }
}
