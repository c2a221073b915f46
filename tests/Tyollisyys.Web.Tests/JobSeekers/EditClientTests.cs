using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

public sealed class EditClientTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_changes_the_phone_number_and_the_change_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = EditUrl(id);
        var form = FieldsOf(await client.PageAsync(url));
        form["Details.Phone"] = "044 987 6543";

        using var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = await client.PageAsync(TestClients.CardUrl(id));
        Assert.Contains("044 987 6543", card.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Asiakkaan tiedot on tallennettu.", card.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "details-edited"));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_showing_the_other_users_values_beside_ones_own_and_the_database_keeps_theirs()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var url = EditUrl(id);
        var ainosForm = FieldsOf(await aino.PageAsync(url));
        var eerosForm = FieldsOf(await eero.PageAsync(url));

        eerosForm["Details.Phone"] = "050 111 2222";
        using (var saved = await eero.PostFormAsync(url, eerosForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        ainosForm["Details.Phone"] = "040 333 4444";
        var page = await aino.PostFormExpectingPageAsync(url, ainosForm);

        Assert.Contains("Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen.", StaffClient.ErrorMessages(page));
        var row = page.QuerySelectorAll(".conflict-table tbody tr").Single();
        Assert.Equal("Puhelin", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("040 333 4444", row.QuerySelector(".mine")!.TextContent.Trim());
        Assert.Equal("050 111 2222", row.QuerySelector(".theirs")!.TextContent.Trim());
        Assert.Equal("040 333 4444", page.QuerySelector("#Details_Phone")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal("050 111 2222", (await db.JobSeekers.SingleAsync(j => j.Id == id)).Phone);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "details-edited"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "concurrency-conflict: details-edited"));

        // Having seen both, the user may save again: the form now carries the current version.
        using var again = await aino.PostFormAsync(url, FieldsOf(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Invalid_edits_are_explained_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var form = FieldsOf(await client.PageAsync(EditUrl(id)));
        form["Details.LastName"] = string.Empty;
        form["Details.Email"] = "ei-osoite";

        var page = await client.PostFormExpectingPageAsync(EditUrl(id), form);

        var errors = StaffClient.ErrorMessages(page);
        Assert.Equal(2, errors.Count);
        Assert.Contains("Anna sukunimi.", errors);
        Assert.Contains("Sähköpostiosoite on muotoa nimi@esimerkki.fi.", errors);
    }

    [Fact]
    public async Task A_counsellor_who_may_not_see_the_health_fact_keeps_it_when_saving()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", disability: true);
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var form = FieldsOf(await eero.PageAsync(EditUrl(id)));
        form["Details.PostOffice"] = "Kajaani";

        using var response = await eero.PostFormAsync(EditUrl(id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.True((await db.JobSeekers.SingleAsync(j => j.Id == id)).DisabilityOrLongTermIllness);
    }

    [Fact]
    public async Task Another_offices_counsellor_cannot_open_the_edit_form()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var saara = await app.NewClient().SignInAsync("ohjaaja3");

        using var response = await saara.GetAsync(EditUrl(id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied));
    }

    private static string EditUrl(long id) => TestClients.CardUrl(id) + "/Edit";

    /// <summary>The values a browser would post from the page's main form: inputs, selects, checked boxes and radios.</summary>
    internal static Dictionary<string, string> FieldsOf(IHtmlDocument page)
    {
        var forms = page.QuerySelectorAll("main form[method=post]");
        var form = forms[forms.Length - 1];
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Name == "__RequestVerificationToken" || (input.Type is "checkbox" or "radio" && !input.IsChecked) || fields.ContainsKey(input.Name!))
            {
                continue;
            }

            fields[input.Name!] = input.Value;
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            fields[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            fields[area.Name!] = area.Value;
        }

        return fields;
    }
}
