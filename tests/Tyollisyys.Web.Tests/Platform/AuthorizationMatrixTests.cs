using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

/// <summary>
/// Every page × anonymous / Counsellor / Manager / Admin gives the expected answer. The pages are
/// discovered from the app itself, so adding a page without adding its row here fails the build's tests.
/// </summary>
public sealed class AuthorizationMatrixTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Ok = "200";
    private const string Forbidden = "403";
    private const string ToLogin = "login";
    private const string Redirect = "302";

    /// <summary>Stands for the id of a client of ohjaaja1's office (Kajaani), created in each test.</summary>
    private const string Client = "{client}";

    /// <summary>Stands for the id of a journal entry of that client, created with it.</summary>
    private const string JournalEntry = "{journalEntry}";

    /// <summary>Stands for the id of an approved kuntalisä decision of that client, created with it.</summary>
    private const string Decision = "{decision}";

    /// <summary>Page → (a URL that reaches it, then the answer for anonymous, Counsellor, Manager, Admin).</summary>
    private static readonly Dictionary<string, (string Url, string Anonymous, string Counsellor, string Manager, string Admin)> Matrix = new()
    {
        ["/Index"] = ("/", ToLogin, Ok, Ok, Ok),
        ["/Error"] = ("/Error/404", "404", "404", "404", "404"),
        ["/Language"] = ("/Language", Redirect, Redirect, Redirect, Redirect),
        ["/Account/Login"] = ("/Account/Login", Ok, Redirect, Redirect, Redirect),
        ["/Account/Logout"] = ("/Account/Logout", ToLogin, Ok, Ok, Ok),
        ["/Account/ChangePassword"] = ("/Account/ChangePassword", ToLogin, Ok, Ok, Ok),
        ["/Admin/Index"] = ("/Admin", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Audit/Index"] = ("/Admin/Audit", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Users/Index"] = ("/Admin/Users", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Users/Create"] = ("/Admin/Users/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Users/Edit"] = ("/Admin/Users/Edit/{user}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Users/ResetPassword"] = ("/Admin/Users/ResetPassword/{user}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Users/Status"] = ("/Admin/Users/Status/{user}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Offices/Index"] = ("/Admin/Offices", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Offices/Create"] = ("/Admin/Offices/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Offices/Edit"] = ("/Admin/Offices/Edit/{office}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Offices/Status"] = ("/Admin/Offices/Status/{office}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Municipalities/Index"] = ("/Admin/Municipalities", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Municipalities/Create"] = ("/Admin/Municipalities/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Municipalities/Edit"] = ("/Admin/Municipalities/Edit/{municipality}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Municipalities/Status"] = ("/Admin/Municipalities/Status/{municipality}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/ProcessRules/Index"] = ("/Admin/ProcessRules", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/ProcessRules/Create"] = ("/Admin/ProcessRules/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/ProcessRules/Edit"] = ("/Admin/ProcessRules/Edit/1", ToLogin, Forbidden, Forbidden, Ok),
        ["/Worklist/Index"] = ("/Worklist", ToLogin, Ok, Ok, Forbidden),
        ["/Worklist/Team"] = ("/Worklist/Team", ToLogin, Forbidden, Ok, Forbidden),
        ["/Admin/CapacityDomains/Index"] = ("/Admin/CapacityDomains", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/CapacityDomains/Create"] = ("/Admin/CapacityDomains/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/CapacityDomains/Edit"] = ("/Admin/CapacityDomains/Edit/{capacityDomain}", ToLogin, Forbidden, Forbidden, Ok),
        ["/JobSeekers/Create"] = ("/JobSeekers/Create", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Card"] = ($"/JobSeekers/{Client}", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Edit"] = ($"/JobSeekers/{Client}/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/EndSpell"] = ($"/JobSeekers/{Client}/EndSpell", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/StartSpell"] = ($"/JobSeekers/{Client}/StartSpell", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Reassign"] = ($"/JobSeekers/{Client}/Reassign", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Plans/Index"] = ($"/JobSeekers/{Client}/Plan", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Plans/Edit"] = ($"/JobSeekers/{Client}/Plan/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Plans/Version"] = ($"/JobSeekers/{Client}/Plan/Versions/1", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Plans/Compare"] = ($"/JobSeekers/{Client}/Plan/Compare", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Plans/Print"] = ($"/JobSeekers/{Client}/Plan/Versions/1/Print?lang=sv", ToLogin, Ok, Ok, Forbidden),
        ["/Admin/Services/Index"] = ("/Admin/Services", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Services/Create"] = ("/Admin/Services/Create", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Services/Edit"] = ("/Admin/Services/Edit/{service}", ToLogin, Forbidden, Forbidden, Ok),
        ["/JobSeekers/Capacity/Index"] = ($"/JobSeekers/{Client}/Capacity", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Capacity/New"] = ($"/JobSeekers/{Client}/Capacity/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Journal/Index"] = ($"/JobSeekers/{Client}/Journal", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Journal/New"] = ($"/JobSeekers/{Client}/Journal/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Journal/Entry"] = ($"/JobSeekers/{Client}/Journal/{JournalEntry}", ToLogin, Ok, Ok, Forbidden),
        ["/Admin/KuntalisaRules/Index"] = ("/Admin/KuntalisaRules", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/KuntalisaRules/Details"] = ("/Admin/KuntalisaRules/{kuntalisaRule}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/KuntalisaRules/New"] = ("/Admin/KuntalisaRules/New?copyFrom={kuntalisaRule}", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/KuntalisaRules/End"] = ("/Admin/KuntalisaRules/{kuntalisaRule}/End", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Appropriations/Index"] = ("/Admin/Appropriations", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Appropriations/New"] = ("/Admin/Appropriations/New", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/Appropriations/Edit"] = ("/Admin/Appropriations/{appropriation}/Edit", ToLogin, Forbidden, Forbidden, Ok),
        ["/JobSeekers/Journal/Correct"] = ($"/JobSeekers/{Client}/Journal/{JournalEntry}/Correct", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/New"] = ($"/JobSeekers/{Client}/Kuntalisa/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Decision"] = ("{draftDecision}", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Edit"] = ("{draftDecision}/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Decide"] = ("{submittedDecision}/Decide", ToLogin, Forbidden, Ok, Forbidden),
        ["/JobSeekers/WorkTrials/New"] = ($"/JobSeekers/{Client}/WorkTrials/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/WorkTrials/Details"] = ("{workTrial}", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/WorkTrials/Statement"] = ("{endedWorkTrial}/Statement?lang=sv", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/WorkTrials/Edit"] = ("{workTrial}/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/Admin/WorkTrialSettings/Index"] = ("/Admin/WorkTrialSettings", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/WorkTrialSettings/FollowUp"] = ("/Admin/WorkTrialSettings/FollowUp", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/WorkTrialSettings/NewRate"] = ("/Admin/WorkTrialSettings/NewRate", ToLogin, Forbidden, Forbidden, Ok),
        // The seeded rate that has no start date (DateOnly.MinValue): its page shows why it cannot be removed.
        ["/Admin/WorkTrialSettings/RemoveRate"] = ("/Admin/WorkTrialSettings/RemoveRate/0001-01-01", ToLogin, Forbidden, Forbidden, Ok),
        ["/Kuntalisa/Index"] = ("/Kuntalisa", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Index"] = ("/Employers", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/New"] = ("/Employers/New", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Details"] = ("/Employers/{employer}", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Edit"] = ("/Employers/{employer}/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Contacts/New"] = ("/Employers/{employer}/Contacts/New", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Contacts/Edit"] = ("/Employers/{employer}/Contacts/{employerContact}/Edit", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/Contacts/Remove"] = ("/Employers/{employer}/Contacts/{employerContact}/Remove", ToLogin, Ok, Ok, Forbidden),
        ["/Kuntalisa/Budget"] = ("/Kuntalisa/Budget", ToLogin, Ok, Ok, Forbidden),
        ["/Employers/DeMinimisDeclarations/New"] = ("/Employers/{employer}/DeMinimis/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Letter"] = ($"/JobSeekers/{Client}/Kuntalisa/{Decision}/Letter?lang=sv", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Claims/New"] = ($"/JobSeekers/{Client}/Kuntalisa/{Decision}/Claims/New", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/EndEarly"] = ($"/JobSeekers/{Client}/Kuntalisa/{Decision}/EndEarly", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Cancel"] = ($"/JobSeekers/{Client}/Kuntalisa/{Decision}/Cancel", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/Kuntalisa/Close"] = ($"/JobSeekers/{Client}/Kuntalisa/{Decision}/Close", ToLogin, Ok, Ok, Forbidden),
        ["/JobSeekers/DataExport/Index"] = ($"/JobSeekers/{Client}/DataExport?lang=sv", ToLogin, Ok, Ok, Forbidden),
        ["/WorkTrials/Index"] = ("/WorkTrials", ToLogin, Ok, Ok, Forbidden),
        ["/Manager/Kpi/Index"] = ("/Manager/Kpi", ToLogin, Forbidden, Ok, Forbidden),
        ["/Manager/Kpi/Clients"] = ("/Manager/Kpi/Clients?kpi=ActivationRate", ToLogin, Forbidden, Ok, Forbidden),
        ["/Admin/KpiTargets/Index"] = ("/Admin/KpiTargets", ToLogin, Forbidden, Forbidden, Ok),
        ["/Admin/KpiTargets/Edit"] = ("/Admin/KpiTargets/{municipality}/2026", ToLogin, Forbidden, Forbidden, Ok),
        ["/Manager/Caseload/Index"] = ("/Manager/Caseload", ToLogin, Forbidden, Ok, Forbidden),
        ["/Manager/Caseload/Counsellor"] = ("/Manager/Caseload/{user}", ToLogin, Forbidden, Ok, Forbidden),
    };

    [Fact]
    public void Every_page_has_a_row_in_the_matrix()
    {
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(pages.Except(Matrix.Keys));
        Assert.Empty(Matrix.Keys.Except(pages));
    }

    [Fact]
    public async Task Every_page_answers_each_role_as_the_matrix_says_and_denials_are_audited()
    {
        var clients = new Dictionary<string, StaffClient>
        {
            ["anonymous"] = app.NewClient(),
            ["Counsellor"] = await app.NewClient().SignInAsync("ohjaaja1"),
            ["Manager"] = await app.NewClient().SignInAsync("esihenkilo"),
            ["Admin"] = await app.NewClient().SignInAsync("paakayttaja"),
        };
        var mismatches = new List<string>();
        var forbidden = 0;
        var ids = await SampleIdsAsync();
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, clientId); // the version pages need a version 1
        var entryId = (await app.AddEntryAsync(clientId)).Id;
        var decisionId = (await TestDecisions.AddAsync(app, DecisionStage.Approved, clientId)).Id;

        foreach (var (page, template) in Matrix)
        {
            var row = template with { Url = ids.Aggregate(template.Url, (url, id) => url.Replace(id.Key, id.Value, StringComparison.Ordinal)) };
            foreach (var (role, expected) in new[] { ("anonymous", row.Anonymous), ("Counsellor", row.Counsellor), ("Manager", row.Manager), ("Admin", row.Admin) })
            {
                var actual = await AnswerAsync(clients[role], WithClient(row.Url, clientId, entryId, decisionId));
                forbidden += actual == Forbidden ? 1 : 0;
                if (actual != expected)
                {
                    mismatches.Add($"{page} as {role}: expected {expected}, got {actual}");
                }
            }
        }

        Assert.Empty(mismatches);
        await using var db = app.NewDbContext();
        Assert.Equal(forbidden, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.RecordType == "Page"));
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    /// <summary>Real ids for the placeholders in the matrix's URLs.</summary>
    private async Task<Dictionary<string, string>> SampleIdsAsync()
    {
        await using var db = app.NewDbContext();
        var employer = await EmployerWithContactAsync(db);
        // Rule versions and appropriations are not in the template database: seed them here (both idempotent).
        await KuntalisaDemoRules.SeedAsync(db);
        var firstMunicipality = await db.Municipalities.OrderBy(m => m.Id).FirstAsync();
        if (!await db.Appropriations.AnyAsync())
        {
            db.Appropriations.Add(new Appropriation(firstMunicipality.Id, 2026, 100_000m));
            await db.SaveChangesAsync();
        }

        var draft = await TestDecisions.AddAsync(app, DecisionStage.Draft);
        var trial = await TestWorkTrials.AddAsync(app);
        var ended = await TestWorkTrials.AddEndedAsync(app);
        var submitted = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        return new Dictionary<string, string>
        {
            ["{workTrial}"] = Pages.JobSeekers.WorkTrials.DetailsModel.PathOf(trial.JobSeekerId, trial.Id),
            ["{endedWorkTrial}"] = Pages.JobSeekers.WorkTrials.DetailsModel.PathOf(ended.JobSeekerId, ended.Id),
            ["{draftDecision}"] = DecisionPageModel.PathOf(draft.JobSeekerId, draft.Id),
            ["{submittedDecision}"] = DecisionPageModel.PathOf(submitted.JobSeekerId, submitted.Id),
            ["{employer}"] = employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{employerContact}"] = employer.Contacts[0].Key.ToString(),
            ["{kuntalisaRule}"] = (await db.KuntalisaRuleVersions.OrderBy(v => v.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{appropriation}"] = (await db.Appropriations.OrderBy(a => a.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{user}"] = (await db.Users.SingleAsync(u => u.UserName == "ohjaaja2")).Id.ToString(),
            ["{office}"] = (await db.Offices.OrderBy(o => o.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{municipality}"] = (await db.Municipalities.OrderBy(m => m.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{service}"] = (await db.ServiceOfferings.OrderBy(s => s.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["{capacityDomain}"] = (await db.CapacityDomains.OrderBy(d => d.Id).FirstAsync()).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An employer with a contact person: the demo data's first one that has a contact, or a new one.</summary>
    private static async Task<Employer> EmployerWithContactAsync(AppDbContext db)
    {
        if (await db.Employers.Include(e => e.Contacts).OrderBy(e => e.Id).FirstOrDefaultAsync(e => e.Contacts.Any()) is { } demo)
        {
            return demo;
        }

        var employer = Employer.Register(new EmployerDetails(
            "Matriisin Testi Oy", BusinessId.Parse("1572860-0"), EmployerType.Company,
            null, null, null, null, LetterLanguage.Finnish));
        employer.AddContact(new ContactDetails("Matti Matriisi", null, null, null));
        db.Employers.Add(employer);
        await db.SaveChangesAsync();
        return employer;
    }

    /// <summary>
    /// A Counsellor of another office gets the 404 page for every client page, as if the client did not exist,
    /// and each attempt leaves an access-denied row naming the client.
    /// </summary>
    [Fact]
    public async Task Client_pages_answer_404_to_a_counsellor_of_another_office_and_the_attempts_are_audited()
    {
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entryId = (await app.AddEntryAsync(clientId)).Id;
        var decisionId = (await TestDecisions.AddAsync(app, DecisionStage.Approved, clientId)).Id;
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        var clientPages = Matrix.Values.Where(row => row.Url.Contains(Client, StringComparison.Ordinal)).ToList();

        var answers = new List<string>();
        foreach (var row in clientPages)
        {
            answers.Add(await AnswerAsync(otherOffice, WithClient(row.Url, clientId, entryId, decisionId)));
        }

        Assert.NotEmpty(clientPages);
        Assert.All(answers, answer => Assert.Equal("404", answer));
        await using var db = app.NewDbContext();
        Assert.Equal(clientPages.Count, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.ClientId == clientId));
    }

    private static string WithClient(string url, long clientId, long entryId, long decisionId) =>
        url.Replace(Client, clientId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(JournalEntry, entryId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(Decision, decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static async Task<string> AnswerAsync(StaffClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.ToString();
            return location.Contains("/Account/Login", StringComparison.Ordinal) && !url.StartsWith("/Account/Login", StringComparison.Ordinal)
                ? ToLogin
                : Redirect;
        }

        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
