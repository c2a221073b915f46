using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.DataExport;
using Tyollisyys.Web.Tests.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.DataExport;

/// <summary>
/// The data-subject export holds everything about its client and the log of who handled their data, and nothing
/// about anyone else: a second client whom the same counsellor viewed (and who shares an employer page with the
/// first) leaves no row, id or name in the first client's export.
/// </summary>
public sealed class DataSubjectExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>One client with every kind of record and some history, and a second one handled by the same people.</summary>
    private sealed record Arranged(TestClient Subject, TestClient Other, long EmployerId, string DecisionNumber);

    [Fact]
    public async Task The_printed_export_holds_every_kind_of_record_and_the_clients_own_access_log()
    {
        var a = await ArrangeAsync();
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(Url(a.Subject.Id));

        var text = page.Body!.TextContent;
        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Rekisteriote", page.QuerySelector("h1")!.TextContent);
        foreach (var expected in new[]
        {
            a.Subject.LastName, a.Subject.IdentityCode, a.Subject.CustomerNumber,
            "Ensimmäinen tapaaminen", "Korjattu tapaaminen", "Väärä päivä korjattu", "Selkä kipeytyy pitkissä seisomatöissä",
            "Havainto nostoista", "Tavoite versio 1", "Tavoite versio 2", "Hae neljää työpaikkaa kuukaudessa",
            a.DecisionNumber, "Posti viivästyi;", "Keräily ja pakkaus", "Alku sujunut hyvin.", "Oppii nopeasti.",
            "Vastuun siirto testissä", "Aino Ohjaaja", "Vienti", "data-subject-export-html-fi", "Työnantajan sivu",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        AssertNothingAbout(a.Other, text);
    }

    [Fact]
    public async Task The_json_export_holds_the_same_data_under_stable_english_names_with_iso_dates()
    {
        var a = await ArrangeAsync();
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await counsellor.GetAsync(Url(a.Subject.Id) + "?handler=Json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        AssertNothingAbout(a.Other, json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(DataSubjectExport.FormatName, root.GetProperty("format").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T", root.GetProperty("producedAt").GetString());
        var person = root.GetProperty("person");
        Assert.Equal(a.Subject.IdentityCode, person.GetProperty("identityCode").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", person.GetProperty("birthDate").GetString());
        Assert.Equal("Unemployed", person.GetProperty("currentStatus").GetString());
        Assert.Single(root.GetProperty("spells").EnumerateArray());

        var journal = root.GetProperty("journalEntries").EnumerateArray().ToList();
        Assert.Equal(3, journal.Count);
        Assert.Equal(2, journal.Count(e => e.GetProperty("version").GetInt32() == 1));
        Assert.Single(journal, e => e.GetProperty("containsHealthInformation").GetBoolean());
        Assert.Single(journal, e => e.GetProperty("correctionReason").GetString() == "Väärä päivä korjattu");

        var rating = Assert.Single(Assert.Single(root.GetProperty("capacityAssessments").EnumerateArray()).GetProperty("ratings").EnumerateArray());
        Assert.Equal(3, rating.GetProperty("rating").GetInt32());
        var plans = root.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([1, 2], plans.Select(p => p.GetProperty("version").GetInt32()));
        Assert.All(plans, p => Assert.Single(p.GetProperty("actions").EnumerateArray()));
        Assert.All(plans, p => Assert.Equal(3, p.GetProperty("obligationPeriods").GetArrayLength()));

        var decision = Assert.Single(root.GetProperty("kuntalisaDecisions").EnumerateArray());
        Assert.Equal(a.DecisionNumber, decision.GetProperty("number").GetString());
        Assert.Equal("InPayment", decision.GetProperty("status").GetString());
        var claim = Assert.Single(decision.GetProperty("claims").EnumerateArray());
        Assert.True(claim.GetProperty("isLate").GetBoolean());
        Assert.Equal(1680m, claim.GetProperty("payableAmount").GetDecimal());

        var trial = Assert.Single(root.GetProperty("workTrials").EnumerateArray());
        Assert.Equal("Ongoing", trial.GetProperty("status").GetString());
        Assert.Single(trial.GetProperty("contacts").EnumerateArray());
        Assert.Equal(6, trial.GetProperty("attendance").EnumerateArray().Sum(m => m.GetProperty("dates").GetArrayLength()));
        Assert.True(trial.GetProperty("feedback").GetProperty("recommends").GetBoolean());

        var move = Assert.Single(root.GetProperty("reassignments").EnumerateArray());
        Assert.Equal("Vastuun siirto testissä", move.GetProperty("reason").GetString());
        Assert.Equal("Eero Ohjaaja", move.GetProperty("by").GetString());

        var log = root.GetProperty("accessLog").EnumerateArray().ToList();
        Assert.Contains(log, e => e.GetProperty("action").GetString() == "View" && e.GetProperty("recordType").GetString() == "JobSeeker"
            && e.GetProperty("recordId").GetString() == a.Subject.Id.ToString(CultureInfo.InvariantCulture) && e.GetProperty("staff").GetString() == "Aino Ohjaaja");
        var employerRows = log.Where(e => e.GetProperty("recordType").GetString() == "Employer").ToList();
        Assert.NotEmpty(employerRows);
        Assert.All(employerRows, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("recordId").ValueKind));
        Assert.All(log, e => Assert.NotEqual(a.Other.Id.ToString(CultureInfo.InvariantCulture), e.GetProperty("recordId").GetString()));
        var own = log[^1];
        Assert.Equal("Export", own.GetProperty("action").GetString());
        Assert.Equal("data-subject-export-json", own.GetProperty("details").GetString());
        Assert.Equal(["Counsellor"], own.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Each_export_is_audited_once_and_the_log_it_shows_ends_with_that_export()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync(Url(id) + "?lang=sv");
        using var json = await manager.GetAsync(Url(id) + "?handler=Json");

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Registerutdrag", page.QuerySelector("h1")!.TextContent);
        var tables = page.QuerySelectorAll("table");
        var logRows = tables[tables.Length - 1].QuerySelectorAll("tbody tr");
        var lastRow = logRows[logRows.Length - 1].TextContent;
        Assert.Contains("data-subject-export-html-sv", lastRow, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Export, reason: "data-subject-export-html-sv", recordType: "JobSeeker"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Export, reason: "data-subject-export-json", recordType: "JobSeeker"));
    }

    [Fact]
    public async Task A_counsellor_of_the_office_who_is_not_the_clients_own_is_refused_with_403_and_the_denial_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var colleague = await app.NewClient().SignInAsync("ohjaaja2");

        using var html = await colleague.GetAsync(Url(id));
        using var json = await colleague.GetAsync(Url(id) + "?handler=Json");

        Assert.Equal(HttpStatusCode.Forbidden, html.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, json.StatusCode);
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied, reason: "data-subject-export-not-own-client"));
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.Export));
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_and_the_attempt_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");

        using var response = await otherOffice.GetAsync(Url(id) + "?handler=Json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied, reason: "not-visible-to-user"));
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.Export));
    }

    [Fact]
    public async Task An_admin_gets_403_and_an_anonymous_visitor_is_sent_to_the_login()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();

        using var forbidden = await admin.GetAsync(Url(id));
        using var toLogin = await anonymous.GetAsync(Url(id) + "?handler=Json");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/Account/Login", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Url(long id) => DataExportModel.PathOf(id);

    private static void AssertNothingAbout(TestClient other, string text)
    {
        Assert.DoesNotContain(other.LastName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.CustomerNumber, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.IdentityCode, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Masked, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/JobSeekers/" + other.Id.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject, first ohjaaja2's, handed to ohjaaja1 through the reassignment page; then every kind of record; the
    /// other client is ohjaaja1's too, shares the employer, and ohjaaja1 views both cards and the employer page.
    /// </summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var clients = await app.AddAsync(
            new ClientSpec(TestClients.UniqueName("Rekisteri")) { Counsellor = "ohjaaja2", SpellDaysAgo = 300 },
            new ClientSpec(TestClients.UniqueName("Toinen")) { Counsellor = "ohjaaja1", SpellDaysAgo = 300 });
        var (subject, other) = (clients[0], clients[1]);
        using (var eero = await app.NewClient().SignInAsync("ohjaaja2"))
        {
            var reassign = TestClients.CardUrl(subject.Id) + "/Reassign";
            var form = EditClientTests.FieldsOf(await eero.PageAsync(reassign));
            await using var db = app.NewDbContext();
            form["Input.CounsellorId"] = (await db.Users.SingleAsync(u => u.UserName == "ohjaaja1")).Id.ToString();
            form["Input.Reason"] = "Vastuun siirto testissä";
            using var moved = await eero.PostFormAsync(reassign, form);
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        await app.AddEntryAsync(subject.Id, "Selkä kipeytyy pitkissä seisomatöissä.", health: true);
        await TestHistories.AddCorrectedEntryAsync(app, subject.Id, "Ensimmäinen tapaaminen", "Korjattu tapaaminen");
        await TestHistories.AddAssessmentAsync(app, subject.Id, "Havainto nostoista");
        await TestPlans.AgreeAsync(app, subject.Id, "Tavoite versio 1");
        await TestPlans.AgreeAsync(app, subject.Id, "Tavoite versio 2");
        var employer = await TestDecisions.AddEmployerAsync(app);
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved, subject.Id, employer);
        await TestHistories.AddClaimAsync(app, decision.Id);
        await TestDecisions.AddAsync(app, DecisionStage.Approved, other.Id, employer);
        await TestHistories.AddStartedTrialAsync(app, subject.Id, employer.Id);
        await app.AddEntryAsync(other.Id, "Toisen asiakkaan merkintä.");

        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        await aino.PageAsync(TestClients.CardUrl(subject.Id));
        await aino.PageAsync(TestClients.CardUrl(other.Id));
        await aino.PageAsync("/Employers/" + employer.Id.ToString(CultureInfo.InvariantCulture));
        await aino.PageAsync(TestJournal.JournalUrl(other.Id));
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(KuntalisaDecisionStatus.InPayment, (await db.KuntalisaDecisions.SingleAsync(d => d.Id == decision.Id)).Status);
        }

        return new Arranged(subject, other, employer.Id, decision.Number!);
    }
}
