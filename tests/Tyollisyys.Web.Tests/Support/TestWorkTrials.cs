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
}
