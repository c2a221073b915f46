using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Journal;

/// <summary>Recording entries and reading the journal (the health rule and corrections have their own classes).</summary>
public sealed class JournalEntryPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Finnish(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_counsellor_records_an_entry_and_it_shows_in_the_journal_and_the_creation_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var form = await client.PageAsync(TestJournal.JournalUrl(id) + "/New");
        Assert.Equal(Iso(TestClients.Today), form.QuerySelector("#Input_OccurredOn")!.GetAttribute("value"));
        var yesterday = TestClients.Today.AddDays(-1);

        using (var response = await client.PostFormAsync(TestJournal.JournalUrl(id) + "/New", new()
        {
            ["Input.Type"] = "InitialInterview",
            ["Input.Channel"] = "Video",
            ["Input.OccurredOn"] = Iso(yesterday),
            ["Input.Text"] = "Alkuhaastattelu pidetty.\nSovittiin seuraavasta tapaamisesta.",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TestJournal.JournalUrl(id), response.Headers.Location!.OriginalString);
        }

        var journal = await client.PageAsync(TestJournal.JournalUrl(id));
        Assert.Equal("Merkintä on tallennettu.", journal.QuerySelector(".status-message")!.TextContent.Trim());
        var cells = journal.QuerySelectorAll("table.journal tbody tr td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(Finnish(yesterday), cells[0]);
        Assert.Equal("Alkuhaastattelu", cells[1]);
        Assert.Equal("Videoyhteydellä", cells[2]);
        Assert.Equal("Aino Ohjaaja", cells[3]);
        Assert.Equal("Alkuhaastattelu pidetty.\nSovittiin seuraavasta tapaamisesta.", cells[4]);
        await using var db = app.NewDbContext();
        var entry = await db.JournalEntries.SingleAsync(e => e.JobSeekerId == id);
        Assert.Equal((1, JournalEntryType.InitialInterview, ContactChannel.Video, false), (entry.Version, entry.Type, entry.Channel, entry.ContainsHealthInformation));
        var created = Assert.Single(await app.AuditRowsAsync("JournalEntry", entry.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal((AuditAction.Create, id), (created.Action, created.ClientId));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "journal"));
    }

    [Fact]
    public async Task The_form_offers_every_type_and_channel_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var form = await client.PageAsync(TestJournal.JournalUrl(id) + "/New");

        var types = form.QuerySelectorAll("#Input_Type option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Alkuhaastattelu", "Työnhakukeskustelu", "Täydentävä työnhakukeskustelu", "Muu tapaaminen", "Puhelu", "Viesti", "Muistiinpano", "Monialaisen palvelutarpeen (TYP) arviointi"],
            types);
        var channels = form.QuerySelectorAll("input[name='Input.Channel'] + label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Ei yhteystapaa (viesti, muistiinpano)", "Paikan päällä", "Puhelimitse", "Videoyhteydellä"], channels);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "journal-form"));
    }

    [Fact]
    public async Task Missing_type_and_text_and_a_future_date_are_refused_in_Finnish_and_nothing_is_saved()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(TestJournal.JournalUrl(id) + "/New", new()
        {
            ["Input.Type"] = "",
            ["Input.OccurredOn"] = Iso(TestClients.Today.AddDays(1)),
            ["Input.Text"] = "   ",
            ["Input.ContainsHealthInformation"] = "true",
        });

        Assert.Equal(
            ["Kirjoita merkinnän teksti.", "Merkinnän päivämäärä ei voi olla tulevaisuudessa.", "Valitse merkinnän tyyppi."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("checked", page.QuerySelector("#Input_ContainsHealthInformation")!.GetAttribute("checked"));
        await using var db = app.NewDbContext();
        Assert.False(await db.JournalEntries.AnyAsync(e => e.JobSeekerId == id));
    }

    [Fact]
    public async Task A_meeting_without_a_channel_is_refused_with_the_reason_and_the_text_is_kept()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(TestJournal.JournalUrl(id) + "/New", new()
        {
            ["Input.Type"] = "JobSearchConversation",
            ["Input.Channel"] = "",
            ["Input.OccurredOn"] = Iso(TestClients.Today),
            ["Input.Text"] = "Pitkä teksti, jota ei saa hukata.",
        });

        Assert.Equal(["Valitse, miten tapaaminen pidettiin: paikan päällä, puhelimitse vai videoyhteydellä."], StaffClient.ErrorMessages(page));
        Assert.Equal("Pitkä teksti, jota ei saa hukata.", page.QuerySelector("#Input_Text")!.TextContent.Trim());
        Assert.Equal("JobSearchConversation", page.QuerySelector("#Input_Type option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_note_with_a_channel_is_refused_and_a_phone_call_without_one_is_saved_as_by_phone()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var refused = await client.PostFormExpectingPageAsync(TestJournal.JournalUrl(id) + "/New", new()
        {
            ["Input.Type"] = "Note",
            ["Input.Channel"] = "Phone",
            ["Input.OccurredOn"] = Iso(TestClients.Today),
            ["Input.Text"] = "Muistiinpano.",
        });
        using var saved = await client.PostFormAsync(TestJournal.JournalUrl(id) + "/New", new()
        {
            ["Input.Type"] = "PhoneCall",
            ["Input.Channel"] = "",
            ["Input.OccurredOn"] = Iso(TestClients.Today),
            ["Input.Text"] = "Soitto asiakkaalle.",
        });

        Assert.Equal(["Viestillä ja muistiinpanolla ei ole yhteystapaa: valitse ”Ei yhteystapaa”."], StaffClient.ErrorMessages(refused));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(ContactChannel.Phone, (await db.JournalEntries.SingleAsync(e => e.JobSeekerId == id)).Channel);
    }

    [Fact]
    public async Task An_empty_journal_says_so_and_offers_a_new_entry()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        var page = await client.PageAsync(TestJournal.JournalUrl(id));

        Assert.Equal("Asiakkaalle ei ole vielä kirjattu merkintöjä.", page.QuerySelector(".empty-state")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='{TestJournal.JournalUrl(id)}/New']"));
        Assert.Null(page.QuerySelector("table.journal"));
    }

    [Fact]
    public async Task The_journal_lists_newest_first_25_a_page_and_filters_by_type()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var today = TestClients.Today;
        for (var i = 0; i < 27; i++)
        {
            await app.AddEntryAsync(id, text: $"Merkintä {i}", occurredOn: today.AddDays(-i));
        }

        await app.AddEntryAsync(id, text: "Vanha muistiinpano", type: JournalEntryType.Note, channel: null, occurredOn: today.AddDays(-100));
        using var client = await app.NewClient().SignInAsync("ohjaaja2");

        var first = await client.PageAsync(TestJournal.JournalUrl(id));
        var second = await client.PageAsync(TestJournal.JournalUrl(id) + "?p=2");
        var notes = await client.PageAsync(TestJournal.JournalUrl(id) + "?type=Note");
        var noCalls = await client.PageAsync(TestJournal.JournalUrl(id) + "?type=PhoneCall");

        static List<string> Texts(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("table.journal tbody tr td:last-child").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(25, Texts(first).Count);
        Assert.Equal("Merkintä 0", Texts(first)[0]);
        Assert.Equal("Merkintä 24", Texts(first)[24]);
        Assert.Equal("28 merkintää", first.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal(["1", "2"], first.QuerySelectorAll(".page-links a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Merkintä 25", "Merkintä 26", "Vanha muistiinpano"], Texts(second));
        Assert.Equal(["Vanha muistiinpano"], Texts(notes));
        Assert.Equal("Note", notes.QuerySelector("#type option[selected]")!.GetAttribute("value"));
        Assert.Equal("Tämän tyyppisiä merkintöjä ei ole.", noCalls.QuerySelector(".empty-state")!.TextContent.Trim());
        Assert.Equal(4, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "journal"));
    }

    [Fact]
    public async Task An_entry_of_another_client_is_not_found_under_this_clients_address()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var (otherId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var others = await app.AddEntryAsync(otherId);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var entry = await client.GetAsync(TestJournal.EntryUrl(id, others.Id));
        using var correct = await client.GetAsync(TestJournal.CorrectUrl(id, others.Id));

        Assert.Equal(HttpStatusCode.NotFound, entry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correct.StatusCode);
    }

    [Fact]
    public async Task A_counsellor_of_another_office_gets_404_for_the_journal_and_the_attempt_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id);
        using var client = await app.NewClient().SignInAsync("ohjaaja3");

        using var list = await client.GetAsync(TestJournal.JournalUrl(id));
        using var form = await client.GetAsync(TestJournal.JournalUrl(id) + "/New");
        using var one = await client.GetAsync(TestJournal.EntryUrl(id, entry.Id));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(3, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied));
    }
}
