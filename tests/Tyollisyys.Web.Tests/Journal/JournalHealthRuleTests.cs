using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Journal;
using Tyollisyys.Web.Tests.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Journal;

/// <summary>
/// A health-marked entry's text is for the client's own counsellor (ohjaaja1 here) and managers only; another
/// counsellor of the same office (ohjaaja2) sees the entry but not its text, and every showing is audited.
/// </summary>
public sealed class JournalHealthRuleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Secret = "Asiakas kertoi masennusdiagnoosista.";
    private const string Notice = "Sisältää terveystietoja – näkyy vain asiakkaan omalle ohjaajalle ja esihenkilölle";

    private async Task<int> HealthViewsAsync(long clientId, long entryId)
    {
        await using var db = app.NewDbContext();
        var recordId = entryId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEvents.CountAsync(e => e.ClientId == clientId && e.Action == AuditAction.View
            && e.RecordType == "JournalEntry" && e.RecordId == recordId && e.Reason == "health-information");
    }

    [Fact]
    public async Task A_health_marked_entry_is_hidden_from_another_counsellor_of_the_same_office_even_in_the_html()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, Secret, health: true);
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");

        using var listResponse = await eero.GetAsync(TestJournal.JournalUrl(id));
        using var entryResponse = await eero.GetAsync(TestJournal.EntryUrl(id, entry.Id));
        var listHtml = await listResponse.Content.ReadAsStringAsync();
        var entryHtml = await entryResponse.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (listResponse.StatusCode, entryResponse.StatusCode));
        Assert.DoesNotContain("masennus", listHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("masennus", entryHtml, StringComparison.OrdinalIgnoreCase);
        var list = await StaffClient.ParseAsync(listHtml);
        var cells = list.QuerySelectorAll("table.journal tbody td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Työnhakukeskustelu", cells[1]);
        Assert.Equal("Aino Ohjaaja", cells[3]);
        Assert.Equal(Notice, cells[4]);
        Assert.Equal(Notice, (await StaffClient.ParseAsync(entryHtml)).QuerySelector(".health-notice")!.TextContent.Trim());
        Assert.Null((await StaffClient.ParseAsync(entryHtml)).QuerySelector($"a[href='{TestJournal.CorrectUrl(id, entry.Id)}']"));
        Assert.Equal(0, await HealthViewsAsync(id, entry.Id));
    }

    [Fact]
    public async Task The_clients_own_counsellor_and_a_manager_see_the_text_and_each_showing_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, Secret, health: true);
        var plain = await app.AddEntryAsync(id, "Tavallinen merkintä.");
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var mikko = await app.NewClient().SignInAsync("esihenkilo");

        var ainosList = await aino.PageAsync(TestJournal.JournalUrl(id));
        Assert.Equal(1, await HealthViewsAsync(id, entry.Id));
        var ainosEntry = await aino.PageAsync(TestJournal.EntryUrl(id, entry.Id));
        Assert.Equal(2, await HealthViewsAsync(id, entry.Id));
        var mikkosList = await mikko.PageAsync(TestJournal.JournalUrl(id));
        Assert.Equal(3, await HealthViewsAsync(id, entry.Id));

        Assert.Contains(Secret, ainosList.QuerySelector("table.journal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Secret, ainosEntry.QuerySelector(".journal-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Secret, mikkosList.QuerySelector("table.journal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sisältää terveystietoja", ainosList.QuerySelector("table.journal .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await HealthViewsAsync(id, plain.Id));
        // The audit row of the health text is saved with the page's own view row.
        await using var db = app.NewDbContext();
        var rows = await db.AuditEvents.Where(e => e.ClientId == id && e.Action == AuditAction.View).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["journal", "health-information", "journal-entry", "health-information", "journal", "health-information"], rows.Select(r => r.Reason));
        Assert.Equal(rows[0].CorrelationId, rows[1].CorrelationId);
    }

    [Fact]
    public async Task Another_counsellor_may_not_correct_a_health_marked_entry_and_the_attempt_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, Secret, health: true);
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");

        using var response = await eero.GetAsync(TestJournal.CorrectUrl(id, entry.Id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("masennus", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied, reason: "health-information", recordType: "JournalEntry"));
    }

    [Fact]
    public async Task A_posted_correction_of_a_health_marked_entry_by_another_counsellor_is_refused()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, Secret, health: true);
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var token = (await eero.PageAsync(TestJournal.JournalUrl(id) + "/New")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.BasedOnVersion"] = "1",
            ["Input.Type"] = "Note",
            ["Input.OccurredOn"] = TestClients.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Text"] = "Yritän ylikirjoittaa.",
            ["Input.CorrectionReason"] = "syy",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await eero.Http.PostAsync(new Uri(TestJournal.CorrectUrl(id, entry.Id), UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.SeriesId == entry.SeriesId));
    }

    [Fact]
    public async Task The_own_counsellor_unmarks_an_entry_and_then_only_the_earlier_version_stays_hidden_from_others()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, Secret, health: true);
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        var form = EditClientTests.FieldsOf(await aino.PageAsync(TestJournal.CorrectUrl(id, entry.Id)));
        Assert.Equal(1, await HealthViewsAsync(id, entry.Id)); // the form shows the text it corrects
        Assert.Equal("true", form["Input.ContainsHealthInformation"]);
        form["Input.ContainsHealthInformation"] = "false";
        form["Input.Text"] = "Keskusteltiin jaksamisesta.";
        form["Input.CorrectionReason"] = "Terveystiedot poistettu tekstistä.";

        using (var saved = await aino.PostFormAsync(TestJournal.CorrectUrl(id, entry.Id), form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var list = await eero.PageAsync(TestJournal.JournalUrl(id));
        var historyResponse = await eero.GetAsync(TestJournal.EntryUrl(id, entry.Id));
        var history = await historyResponse.Content.ReadAsStringAsync();
        Assert.Contains("Keskusteltiin jaksamisesta.", list.QuerySelector("table.journal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Keskusteltiin jaksamisesta.", history, StringComparison.Ordinal);
        Assert.DoesNotContain("masennus", history, StringComparison.OrdinalIgnoreCase);
        Assert.Single((await StaffClient.ParseAsync(history)).QuerySelectorAll(".health-notice"));
    }

    [Fact]
    public async Task The_card_section_query_hides_health_text_from_others_and_names_the_shown_health_entries()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var health = await app.AddEntryAsync(id, Secret, health: true);
        for (var i = 0; i < 6; i++)
        {
            await app.AddEntryAsync(id, $"Merkintä {i}", occurredOn: TestClients.Today.AddDays(-1 - i));
        }

        await using var db = app.NewDbContext();
        var hidden = await JournalQueries.LatestAsync(db, id, maySeeSensitive: false);
        var shown = await JournalQueries.LatestAsync(db, id, maySeeSensitive: true);

        Assert.Equal(5, hidden.Entries.Count);
        Assert.Null(hidden.Entries[0].Text);
        Assert.True(hidden.Entries[0].IsHidden);
        Assert.Empty(hidden.ShownHealthEntryIds);
        Assert.Equal(Secret, shown.Entries[0].Text);
        Assert.Equal([health.Id], shown.ShownHealthEntryIds);
        Assert.Equal(["Merkintä 0", "Merkintä 1", "Merkintä 2", "Merkintä 3"], shown.Entries.Skip(1).Select(e => e.Text));
        Assert.Equal(JournalEntryType.JobSearchConversation, shown.Entries[0].Type);
    }
}
