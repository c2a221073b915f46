using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Microsoft.AspNetCore.Http;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>The state a test wants its kuntalisä decision in; each includes the ones before it.</summary>
public enum DecisionStage
{
    Draft,
    Submitted,
    Approved,
}

/// <summary>
/// Arrangement for the kuntalisä pages' tests, straight through the domain: employers with valid business IDs, the
/// seed rules, an appropriation for this year, and a decision for a Kajaani client of ohjaaja1 who has been
/// unemployed long enough for Kajaani's rule (2 400 €/month at 70 % for 6 months: 1 680 €/month, 10 080 €).
/// </summary>
public static class TestDecisions
{
    public const decimal Pay = 2400m;

    private static int _counter;

    /// <summary>A business ID nobody has yet, with the check digit the rule gives (weights 7,9,10,5,8,4,2; mod 11).</summary>
    public static BusinessId NewBusinessId()
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2];
        while (true)
        {
            var digits = Random.Shared.Next(3_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
            var remainder = digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
            if (remainder == 1)
            {
                continue;
            }

            var check = remainder == 0 ? 0 : 11 - remainder;
            return BusinessId.Parse(string.Create(CultureInfo.InvariantCulture, $"{digits}-{check}"));
        }
    }

    public static async Task<Employer> AddEmployerAsync(AppFactory app, EmployerType type = EmployerType.Company, LetterLanguage language = LetterLanguage.Finnish)
    {
        await using var db = app.NewDbContext();
        var n = Interlocked.Increment(ref _counter);
        var employer = Employer.Register(new EmployerDetails(
            string.Create(CultureInfo.InvariantCulture, $"{TestClients.UniqueName("Testiyritys")} {n} Oy"),
            type == EmployerType.PrivatePerson ? null : NewBusinessId(),
            type,
            "Rakentaminen",
            "Kauppakatu 1",
            "87100",
            "Kajaani",
            language));
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    /// <summary>
    /// Removes the demo data's decisions, number series and appropriations from this test class's database, for tests
    /// that count from an empty register (numbers from 0001, committed sums of their own decisions only).
    /// </summary>
    public static async Task ClearDemoDecisionsAsync(AppFactory app)
    {
        await using var db = app.NewDbContext();
        await db.Database.ExecuteSqlRawAsync("TRUNCATE kuntalisa_payment_claims, kuntalisa_decisions, kuntalisa_number_series; DELETE FROM kuntalisa_appropriations;");
    }

    /// <summary>Seeds the demo rules and gives every municipality a roomy appropriation for this year (both once).</summary>
    public static async Task EnsureRulesAndAppropriationsAsync(AppFactory app, decimal amount = 10_000_000m)
    {
        await using var db = app.NewDbContext();
        await KuntalisaDemoRules.SeedAsync(db);
        var year = TestClients.Today.Year;
        var missing = await db.Municipalities.Where(m => !db.Appropriations.Any(a => a.MunicipalityId == m.Id && a.Year == year))
            .Select(m => m.Id).ToListAsync();
        db.Appropriations.AddRange(missing.Select(m => new Appropriation(m, year, amount)));
        await db.SaveChangesAsync();
    }

    /// <summary>A Kajaani client of <paramref name="counsellor"/> unemployed for 300 days (so Kajaani's 91 days are met on an application date months back).</summary>
    public static async Task<long> AddEligibleClientAsync(AppFactory app, string counsellor = "ohjaaja1")
    {
        var clients = await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { Counsellor = counsellor, SpellDaysAgo = 300 });
        return clients[0].Id;
    }

    /// <summary>
    /// A decision for <paramref name="clientId"/> (or a new eligible client) with <paramref name="employer"/> (or a new
    /// company), drafted by ohjaaja1, brought to <paramref name="stage"/>; approved ones by esihenkilo today.
    /// Employment from 3 months ago, 6 months, 37.5 h/week, 2 400 €/month, 70 % requested.
    /// </summary>
    public static async Task<KuntalisaDecision> AddAsync(
        AppFactory app,
        DecisionStage stage = DecisionStage.Draft,
        long? clientId = null,
        Employer? employer = null,
        DateOnly? employmentStart = null,
        string drafter = "ohjaaja1")
    {
        await EnsureRulesAndAppropriationsAsync(app);
        var client = clientId ?? await AddEligibleClientAsync(app);
        employer ??= await AddEmployerAsync(app);

        await using var db = app.NewDbContext();
        var today = TestClients.Today;
        var jobSeeker = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.Id == client);
        var start = employmentStart ?? new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        var applicationDate = start.AddDays(-7) < today ? start.AddDays(-7) : today;
        var rules = await db.KuntalisaRuleVersions.Where(r => r.MunicipalityId == jobSeeker.HomeMunicipalityId).ToListAsync();
        var rule = KuntalisaRules.InForceOn(rules, jobSeeker.HomeMunicipalityId, applicationDate);
        var drafterId = await db.Users.Where(u => u.UserName == drafter).Select(u => u.Id).SingleAsync();
        var details = new KuntalisaDecisionDetails(
            employer.Id,
            rule.Id,
            applicationDate,
            new KuntalisaEmployment(start, start.AddMonths(6).AddDays(-1), 37.5m, Pay),
            "Rakennusalan työehtosopimus",
            false,
            70m,
            6);
        var decision = KuntalisaDecision.Draft(client, jobSeeker.HomeMunicipalityId, details, drafterId, DateTimeOffset.UtcNow, today);
        db.KuntalisaDecisions.Add(decision);
        await db.SaveChangesAsync();
        if (stage == DecisionStage.Draft)
        {
            return decision;
        }

        decision.Submit(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        if (stage == DecisionStage.Submitted)
        {
            return decision;
        }

        var deciderId = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();
        var application = DecisionFacts.ApplicationFor(decision, jobSeeker, employer.Type);
        await DecisionApproval.ApproveAsync(db, new AuditLog(db, new HttpContextAccessor(), TimeProvider.System), decision, rule, application, deciderId, DateTimeOffset.UtcNow, today);
        return decision;
    }
}
