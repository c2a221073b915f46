using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Tests.Kuntalisa;
using Tyollisyys.Web.Tests.Support;

namespace Tyollisyys.Web.Tests.Kpi;

/// <summary>
/// A small dataset with known answers for the first quarter of 2025 in a municipality of its own (so the demo clients
/// do not count), all ohjaaja1's clients: a run that passes 3 months, one that ends in services, one crossing the
/// quarter's start, a young long-term unemployed, and a client who moved to Kajaani on 15.2.2025 mid-run.
/// </summary>
public static class KpiSteps
{
    public const string Period = "2025-Q1";

    public sealed record Dataset(int MunicipalityId, long Passing, long Activated, long Crossing, long Young, long Mover);

    public static async Task<Dataset> BuildAsync(AppFactory app)
    {
        var municipalityId = await app.NewMunicipalityAsync("Mittarikunta");
        await using var db = app.NewDbContext();
        var counsellor = await db.Users.SingleAsync(u => u.UserName == "ohjaaja1");
        var kajaani = await db.Municipalities.Where(m => m.Code == "205").Select(m => m.Id).SingleAsync();

        async Task<JobSeeker> Client(string name, DateOnly start, JobSearchStatus status, string? code = null)
        {
            var number = await db.Database.SqlQueryRaw<long>("SELECT nextval('customer_numbers') AS \"Value\"").SingleAsync();
            var details = new PersonDetails("Mittari", TestClients.UniqueName(name), null, null, null, null, null, municipalityId,
                ServiceLanguage.Finnish, null, EducationLevel.Unknown, null, false, false, false);
            var client = JobSeeker.Register(PersonalIdentityCode.Parse(code ?? TestClients.NextIdentityCode()), number.ToString(CultureInfo.InvariantCulture),
                details, counsellor.Id, counsellor.OfficeId, start, status, DateTimeOffset.UtcNow);
            db.JobSeekers.Add(client);
            return client;
        }

        var passing = await Client("Kesto", new DateOnly(2025, 1, 10), JobSearchStatus.Unemployed);
        var activated = await Client("Palvelu", new DateOnly(2025, 2, 1), JobSearchStatus.Unemployed);
        activated.EndCurrentSpell(new DateOnly(2025, 2, 28), SpellEndReason.OtherService);
        activated.StartSpell(new DateOnly(2025, 3, 1), JobSearchStatus.InService);
        var crossing = await Client("Raja", new DateOnly(2024, 12, 20), JobSearchStatus.Unemployed);
        var individual = 900 + Random.Shared.Next(100);
        var young = await Client("Nuori", new DateOnly(2024, 1, 1), JobSearchStatus.Unemployed,
            string.Create(CultureInfo.InvariantCulture, $"290204A{individual}{PersonalIdentityCode.CheckCharacterFor("290204", individual)}"));
        var mover = await Client("Muuttaja", new DateOnly(2025, 1, 5), JobSearchStatus.Unemployed);
        mover.UpdateDetails(new PersonDetails("Mittari", mover.LastName, null, null, null, null, null, kajaani,
            ServiceLanguage.Finnish, null, EducationLevel.Unknown, null, false, false, false), new DateOnly(2025, 2, 15));
        await db.SaveChangesAsync();

        // Only the first client's initial interview is held, within the 5 working days of the 2025 rules.
        db.JournalEntries.Add(JournalEntry.Record(passing.Id, JournalEntryType.InitialInterview, ContactChannel.InPerson, new DateOnly(2025, 1, 13),
            "Alkuhaastattelu.", false, counsellor.Id, DateTimeOffset.UtcNow, TestClients.Today));
        db.KpiTargets.AddRange(
            new KpiTarget(municipalityId, 2025, KpiCode.NewSpellsPassingThreeMonths, 70m),
            new KpiTarget(municipalityId, 2025, KpiCode.ActivationRate, 50m));
        await db.SaveChangesAsync();
        return new Dataset(municipalityId, passing.Id, activated.Id, crossing.Id, young.Id, mover.Id);
    }

    public static string DashboardUrl(int municipalityId, string period = Period) =>
        string.Create(CultureInfo.InvariantCulture, $"/Manager/Kpi?municipality={municipalityId}&period={period}");

    public static string ClientsUrl(int municipalityId, KpiCode kpi, string period = Period) =>
        string.Create(CultureInfo.InvariantCulture, $"/Manager/Kpi/Clients?kpi={kpi}&municipality={municipalityId}&period={period}");
}
