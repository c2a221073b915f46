using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

public sealed class SpellTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_ends_the_spell_and_starts_a_new_one_and_both_are_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2025, 1, 2));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using (var ended = await client.PostFormAsync(EndUrl(id), await EndFormAsync(client, id, "2025-06-30", "OpenMarketJob")))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using (var started = await client.PostFormAsync(StartUrl(id), await StartFormAsync(client, id, "2025-09-01", "LaidOff")))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var card = await client.PageAsync(TestClients.CardUrl(id));
        var rows = card.QuerySelectorAll("table[aria-labelledby=spell-history] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("1.9.2025", rows[0], StringComparison.Ordinal);
        Assert.Contains("Lomautettu", rows[0], StringComparison.Ordinal);
        Assert.Contains("30.6.2025", rows[1], StringComparison.Ordinal);
        Assert.Contains("Työ avoimilla työmarkkinoilla", rows[1], StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "spell-ended"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "spell-started"));
        await using var db = app.NewDbContext();
        var saved = await db.JobSeekers.SingleAsync(j => j.Id == id);
        Assert.Equal(JobSearchStatus.LaidOff, saved.CurrentStatus);
        Assert.Equal(new DateOnly(2025, 9, 1), saved.UnemployedSince);
    }

    [Fact]
    public async Task A_new_spell_that_overlaps_the_previous_one_is_refused_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2025, 1, 2));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        using (await client.PostFormAsync(EndUrl(id), await EndFormAsync(client, id, "2025-06-30", "Studies")))
        {
        }

        var page = await client.PostFormExpectingPageAsync(StartUrl(id), await StartFormAsync(client, id, "2025-06-30", "Unemployed"));

        Assert.Contains("Uuden jakson on alettava edellisen päättymisen (30.6.2025) jälkeen.", StaffClient.ErrorMessages(page));
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "spell-started"));
    }

    [Fact]
    public async Task An_end_date_before_the_start_and_a_missing_reason_are_explained_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2025, 3, 1));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var missing = await client.PostFormExpectingPageAsync(EndUrl(id), await EndFormAsync(client, id, string.Empty, string.Empty));
        var early = await client.PostFormExpectingPageAsync(EndUrl(id), await EndFormAsync(client, id, "2025-02-01", "Other"));

        var errors = StaffClient.ErrorMessages(missing);
        Assert.Equal(2, errors.Count);
        Assert.Contains("Anna päättymispäivä.", errors);
        Assert.Contains("Valitse päättymisen syy.", errors);
        Assert.Equal(new[] { "Jakso ei voi päättyä ennen alkamistaan." }, StaffClient.ErrorMessages(early));
    }

    [Fact]
    public async Task Ending_the_same_spell_from_two_tabs_succeeds_only_once()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2025, 1, 2));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var secondTab = await client.PageAsync(EndUrl(id));

        using (var first = await client.PostFormAsync(EndUrl(id), await EndFormAsync(client, id, "2025-05-31", "Studies")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var page = await PostFromAsync(client, secondTab, EndUrl(id), new() { ["Input.EndDate"] = "2025-06-15", ["Input.Reason"] = "OpenMarketJob" });

        Assert.Equal(new[] { "Asiakkaalla ei ole avointa jaksoa." }, StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        var spell = await db.JobSearchSpells.SingleAsync(s => s.JobSeekerId == id);
        Assert.Equal(new DateOnly(2025, 5, 31), spell.EndDate);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "spell-ended"));
    }

    [Fact]
    public async Task A_stale_end_spell_form_does_not_end_a_spell_started_after_it_was_loaded()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2025, 1, 2));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var staleTab = await client.PageAsync(EndUrl(id));
        using (await client.PostFormAsync(EndUrl(id), await EndFormAsync(client, id, "2025-05-31", "Studies")))
        using (await client.PostFormAsync(StartUrl(id), await StartFormAsync(client, id, "2025-06-01", "Unemployed")))
        {
        }

        // By the domain's rules the new spell could end on 15.6.; the row version shows the form predates it.
        var page = await PostFromAsync(client, staleTab, EndUrl(id), new() { ["Input.EndDate"] = "2025-06-15", ["Input.Reason"] = "OpenMarketJob" });

        Assert.Contains("Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen.", StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        Assert.Null((await db.JobSearchSpells.SingleAsync(s => s.JobSeekerId == id && s.StartDate == new DateOnly(2025, 6, 1))).EndDate);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "spell-ended"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "concurrency-conflict: spell-ended"));
    }

    /// <summary>Posts the form of a page loaded earlier (an open tab), with that page's token and row version.</summary>
    private static async Task<IHtmlDocument> PostFromAsync(StaffClient client, IHtmlDocument earlier, string url, Dictionary<string, string> changes)
    {
        var fields = EditClientTests.FieldsOf(earlier);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        var token = earlier.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        using var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());
    }

    private static string EndUrl(long id) => TestClients.CardUrl(id) + "/EndSpell";

    private static string StartUrl(long id) => TestClients.CardUrl(id) + "/StartSpell";

    /// <summary>The end-spell form as the browser holds it now (its row version), filled in.</summary>
    private static async Task<Dictionary<string, string>> EndFormAsync(StaffClient client, long id, string endDate, string reason)
    {
        var fields = EditClientTests.FieldsOf(await client.PageAsync(EndUrl(id)));
        fields["Input.EndDate"] = endDate;
        fields["Input.Reason"] = reason;
        return fields;
    }

    private static async Task<Dictionary<string, string>> StartFormAsync(StaffClient client, long id, string startDate, string status)
    {
        var fields = EditClientTests.FieldsOf(await client.PageAsync(StartUrl(id)));
        fields["Input.StartDate"] = startDate;
        fields["Input.Status"] = status;
        return fields;
    }
}
