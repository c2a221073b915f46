using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// Arrangement for the exports' tests, straight through the domain: an employer whose name needs CSV quoting, a paid
/// claim, a started trial with a contact, attendance and feedback, a corrected journal entry and an assessment.
/// </summary>
public static class TestHistories
{
    /// <summary>A company whose name holds a semicolon and quotes, so a CSV must quote it.</summary>
    public static async Task<Employer> AddAwkwardEmployerAsync(AppFactory app, string start = "Testi")
    {
        await using var db = app.NewDbContext();
        var employer = Employer.Register(new EmployerDetails(
            $"{TestClients.UniqueName(start)}; \"Lainaus\" Oy", TestDecisions.NewBusinessId(), EmployerType.Company,
            null, null, null, null, LetterLanguage.Finnish));
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    /// <summary>Records a late claim for the decision's first subsidy month (2 400 € of wages), with a reason spanning two lines.</summary>
    public static async Task<KuntalisaPaymentClaim> AddClaimAsync(AppFactory app, long decisionId, string lateReason = "Posti viivästyi;\n\"kiire\"")
    {
        await using var db = app.NewDbContext();
        var decision = await db.KuntalisaDecisions.Include(d => d.Claims).SingleAsync(d => d.Id == decisionId);
        var recorder = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var period = decision.SubsidyPeriod!;
        var claim = decision.RecordClaim(period.Start, period.MonthEnd(0), TestClients.Today, TestDecisions.Pay, lateReason, recorder, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return claim;
    }

    /// <summary>
    /// A trial of the client that started <paramref name="daysAgo"/> days ago, signed and started, with a logged contact,
    /// six attended days Monday to Saturday of the week after the start, and the organiser's feedback.
    /// </summary>
    public static async Task<WorkTrialAgreement> AddStartedTrialAsync(AppFactory app, long clientId, int organiserId, int daysAgo = 20)
    {
        var start = TestClients.Today.AddDays(-daysAgo);
        await using var db = app.NewDbContext();
        var trial = WorkTrialAgreement.Draft(clientId, organiserId, EmployerType.Company, WorkTrialGoal.ReturnToWork,
            new WorkTrialDetails(new WorkplaceSupervisor("Sari Ohjaaja"), "Keräily ja pakkaus", start, start.AddMonths(2), 5, 6m, null, false));
        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            trial.Sign(party, start);
        }

        trial.Start(TestClients.Today);
        db.WorkTrials.Add(trial);
        await db.SaveChangesAsync();

        trial.LogContact(TestClients.Today, Domain.WorkTrials.ContactChannel.Phone, "Sari Ohjaaja", "Alku sujunut hyvin.");
        var monday = start.AddDays(7 - ((int)start.DayOfWeek + 6) % 7);
        foreach (var month in Enumerable.Range(0, 6).Select(monday.AddDays).GroupBy(d => (d.Year, d.Month)))
        {
            trial.RecordAttendance(month.Key.Year, month.Key.Month, month);
        }

        trial.RecordFeedback(new EmployerFeedback(TestClients.Today, 5, 4, 4, 3, true, "Oppii nopeasti."));
        await db.SaveChangesAsync();
        return trial;
    }

    /// <summary>A signed trial interrupted before it began, and its continuation at <paramref name="nextOrganiserId"/>.</summary>
    public static async Task<(WorkTrialAgreement Interrupted, WorkTrialAgreement Continuation)> AddChainAsync(
        AppFactory app, long clientId, int organiserId, int nextOrganiserId)
    {
        var start = TestClients.Today.AddDays(30);
        await using var db = app.NewDbContext();
        var first = WorkTrialAgreement.Draft(clientId, organiserId, EmployerType.Company, WorkTrialGoal.CareerChoice,
            new WorkTrialDetails(new WorkplaceSupervisor("Ville Valvoja"), "Asiakaspalvelu", start, start.AddMonths(1), 3, 4m, null, false));
        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            first.Sign(party, TestClients.Today);
        }

        db.WorkTrials.Add(first);
        await db.SaveChangesAsync();
        first.Interrupt(start, "Työpaikka lopetti toimintansa.");
        var next = first.ContinueAfterInterruption(nextOrganiserId, EmployerType.Company,
            new WorkTrialDetails(new WorkplaceSupervisor("Ville Valvoja"), "Asiakaspalvelu", start.AddDays(7), start.AddMonths(1), 3, 4m, null, false));
        db.WorkTrials.Add(next);
        await db.SaveChangesAsync();
        return (first, next);
    }

    /// <summary>A journal entry and its correction (two versions of one series), by ohjaaja1.</summary>
    public static async Task<(JournalEntry First, JournalEntry Correction)> AddCorrectedEntryAsync(AppFactory app, long clientId, string text, string corrected)
    {
        var first = await app.AddEntryAsync(clientId, text);
        await using var db = app.NewDbContext();
        var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var correction = first.Correct(first.Type, first.Channel, first.OccurredOn, corrected, false, "Väärä päivä korjattu", author, DateTimeOffset.UtcNow, TestClients.Today);
        db.JournalEntries.Add(correction);
        await db.SaveChangesAsync();
        return (first, correction);
    }

    /// <summary>An assessment of the first capacity domain, rated 3 with an observation.</summary>
    public static async Task<FunctionalCapacityAssessment> AddAssessmentAsync(AppFactory app, long clientId, string observation)
    {
        await using var db = app.NewDbContext();
        var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var domain = await db.CapacityDomains.OrderBy(d => d.Ordinal).FirstAsync();
        var assessment = FunctionalCapacityAssessment.Record(clientId, TestClients.Today, "Yhteenveto arviosta", [new CapacityRating(domain.Id, 3, observation)], author, DateTimeOffset.UtcNow, TestClients.Today);
        db.CapacityAssessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment;
    }
}
