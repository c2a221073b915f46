using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Journal;

public sealed class JournalCorrectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_correction_adds_a_version_the_original_stays_and_the_history_shows_both()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, "Sovittiin kolmesta hakemuksesta.");
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var form = EditClientTests.FieldsOf(await eero.PageAsync(TestJournal.CorrectUrl(id, entry.Id)));
        Assert.Equal("Sovittiin kolmesta hakemuksesta.", form["Input.Text"]);
        Assert.Equal("1", form["Input.BasedOnVersion"]);
        form["Input.Text"] = "Sovittiin neljästä hakemuksesta.";
        form["Input.CorrectionReason"] = "Väärä lukumäärä.";

        using var saved = await eero.PostFormAsync(TestJournal.CorrectUrl(id, entry.Id), form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.NewDbContext();
        var versions = await db.JournalEntries.Where(e => e.SeriesId == entry.SeriesId).OrderBy(e => e.Version).ToListAsync();
        Assert.Equal(["Sovittiin kolmesta hakemuksesta.", "Sovittiin neljästä hakemuksesta."], versions.Select(v => v.Text));
        Assert.Equal([null, "Väärä lukumäärä."], versions.Select(v => v.CorrectionReason));
        Assert.Equal(TestJournal.EntryUrl(id, versions[1].Id), saved.Headers.Location!.OriginalString);
        Assert.Equal(AuditAction.Update, Assert.Single(await app.AuditRowsAsync("JournalEntry", versions[1].Id.ToString(CultureInfo.InvariantCulture))).Action);

        var list = await eero.PageAsync(TestJournal.JournalUrl(id));
        var row = Assert.Single(list.QuerySelectorAll("table.journal tbody tr"));
        Assert.Contains("Sovittiin neljästä hakemuksesta.", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("kolmesta", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("korjattu", row.QuerySelector("a.badge")!.TextContent.Trim());

        var history = await eero.PageAsync(TestJournal.EntryUrl(id, entry.Id));
        var items = history.QuerySelectorAll(".journal-versions > li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("Versio 2 – voimassa oleva", items[0], StringComparison.Ordinal);
        Assert.Contains("Väärä lukumäärä.", items[0], StringComparison.Ordinal);
        Assert.Contains("Eero Ohjaaja", items[0], StringComparison.Ordinal);
        Assert.Contains("Versio 1", items[1], StringComparison.Ordinal);
        Assert.Contains("Sovittiin kolmesta hakemuksesta.", items[1], StringComparison.Ordinal);
        Assert.Contains("Aino Ohjaaja", items[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_without_a_reason_is_refused_in_Finnish_and_nothing_is_saved()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id);
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        var form = EditClientTests.FieldsOf(await aino.PageAsync(TestJournal.CorrectUrl(id, entry.Id)));
        form["Input.Text"] = "Uusi teksti.";
        form["Input.CorrectionReason"] = " ";

        var page = await aino.PostFormExpectingPageAsync(TestJournal.CorrectUrl(id, entry.Id), form);

        Assert.Equal(["Kerro korjauksen syy."], StaffClient.ErrorMessages(page));
        Assert.Equal("Uusi teksti.", page.QuerySelector("#Input_Text")!.TextContent.Trim());
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.SeriesId == entry.SeriesId));
    }

    [Fact]
    public async Task A_correction_of_a_version_someone_corrected_meanwhile_is_refused_and_the_users_input_is_kept()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, "Alkuperäinen.");
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var url = TestJournal.CorrectUrl(id, entry.Id);
        var ainosForm = EditClientTests.FieldsOf(await aino.PageAsync(url));
        var eerosForm = EditClientTests.FieldsOf(await eero.PageAsync(url));

        eerosForm["Input.Text"] = "Eeron korjaus.";
        eerosForm["Input.CorrectionReason"] = "Eeron syy.";
        using (var first = await eero.PostFormAsync(url, eerosForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        ainosForm["Input.Text"] = "Ainon korjaus.";
        ainosForm["Input.CorrectionReason"] = "Ainon syy.";
        var page = await aino.PostFormExpectingPageAsync(url, ainosForm);

        Assert.Equal(
            ["Joku muu korjasi tätä merkintää sillä välin. Korjaustasi ei tallennettu: vertaa sitä alla näkyvään uusimpaan versioon ja tallenna uudelleen, jos korjaus on yhä tarpeen."],
            StaffClient.ErrorMessages(page));
        Assert.Equal("Ainon korjaus.", page.QuerySelector("#Input_Text")!.TextContent.Trim());
        Assert.Equal("Ainon syy.", page.QuerySelector("#Input_CorrectionReason")!.TextContent.Trim());
        Assert.Contains("Eeron korjaus.", page.QuerySelector(".conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", page.QuerySelector("#Input_BasedOnVersion")!.GetAttribute("value"));
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(["Alkuperäinen.", "Eeron korjaus."], await db.JournalEntries.Where(e => e.SeriesId == entry.SeriesId).OrderBy(e => e.Version).Select(e => e.Text).ToListAsync());
        }

        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "concurrency-conflict: journal-entry-corrected"));

        // Having seen the other correction, the user may save theirs on top of it, as version 3.
        using var again = await aino.PostFormAsync(url, EditClientTests.FieldsOf(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var after = app.NewDbContext();
        Assert.Equal(3, await after.JournalEntries.Where(e => e.SeriesId == entry.SeriesId).MaxAsync(e => e.Version));
    }
}
