using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Support.FormReader;

namespace Tyollisyys.Web.Tests.Employers;

public sealed class EmployerContactTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_contact_person_is_added_shown_on_the_employer_page_and_audited()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Yhteys") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.PostFormAsync(TestEmployers.Url(employer.Id, "/Contacts/New"), new()
        {
            ["Input.Name"] = "Tiina Teräs",
            ["Input.Role"] = "Toimitusjohtaja",
            ["Input.Phone"] = "044 123 4567",
            ["Input.Email"] = "tiina.teras@yritys.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        var row = page.QuerySelector("table.contacts tbody tr")!;
        Assert.Equal("Tiina Teräs", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Contains("tiina.teras@yritys.example", row.TextContent, StringComparison.Ordinal);
        var key = await OnlyContactKeyAsync(employer.Id);
        Assert.Equal($"contact-added: {key}", Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id))).Reason);
    }

    [Fact]
    public async Task A_malformed_email_is_refused_in_Finnish_and_the_input_is_kept()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Sposti") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(TestEmployers.Url(employer.Id, "/Contacts/New"), new()
        {
            ["Input.Name"] = "Pekka Puro",
            ["Input.Email"] = "pekka.puro(at)yritys",
        });

        Assert.Equal(["Sähköpostiosoite on muotoa nimi@esimerkki.fi."], StaffClient.ErrorMessages(page));
        Assert.Equal("pekka.puro(at)yritys", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("Pekka Puro", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Empty((await db.Employers.Include(e => e.Contacts).SingleAsync(e => e.Id == employer.Id)).Contacts);
    }

    [Fact]
    public async Task A_contact_person_is_edited_and_the_audit_row_names_the_changed_fields()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Muutos") + " Oy", arrange: e => e.AddContact(new ContactDetails("Pekka Puro", "Työnjohtaja", "040 111 2222", null)));
        var key = await OnlyContactKeyAsync(employer.Id);
        using var client = await app.NewClient().SignInAsync("esihenkilo");
        var url = TestEmployers.Url(employer.Id, $"/Contacts/{key}/Edit");
        var form = FieldsOf(await client.PageAsync(url));
        form["Input.Role"] = "Tuotantopäällikkö";
        form["Input.Email"] = "pekka.puro@yritys.example";

        using var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var contact = Assert.Single((await db.Employers.Include(e => e.Contacts).SingleAsync(e => e.Id == employer.Id)).Contacts);
        Assert.Equal("Tuotantopäällikkö", contact.Role);
        Assert.Equal("pekka.puro@yritys.example", contact.Email);
        Assert.Equal($"contact-updated: {key}: role, email", Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id))).Reason);
    }

    [Fact]
    public async Task A_stale_contact_edit_is_refused()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Kilpa") + " Oy", arrange: e => e.AddContact(new ContactDetails("Pekka Puro", null, null, null)));
        var key = await OnlyContactKeyAsync(employer.Id);
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var url = TestEmployers.Url(employer.Id, $"/Contacts/{key}/Edit");
        var ainosForm = FieldsOf(await aino.PageAsync(url));
        var eerosForm = FieldsOf(await eero.PageAsync(url));
        eerosForm["Input.Phone"] = "050 999 8888";
        using (var saved = await eero.PostFormAsync(url, eerosForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        ainosForm["Input.Phone"] = "044 777 6666";
        var page = await aino.PostFormExpectingPageAsync(url, ainosForm);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("050 999 8888", page.QuerySelector("#Input_Phone")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Removing_a_contact_asks_for_confirmation_first_and_removes_only_after_it()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Poisto") + " Oy", arrange: e => e.AddContact(new ContactDetails("Pekka Puro", "Työnjohtaja", null, null)));
        var key = await OnlyContactKeyAsync(employer.Id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var edit = await client.PageAsync(TestEmployers.Url(employer.Id, $"/Contacts/{key}/Edit"));
        var removeUrl = edit.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Poista yhteyshenkilö").GetAttribute("href")!;
        var confirmation = await client.PageAsync(removeUrl);

        Assert.Contains("Poistetaanko yhteyshenkilö Pekka Puro", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(key, await OnlyContactKeyAsync(employer.Id));

        using var response = await client.PostFormAsync(removeUrl, FieldsOf(confirmation));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Empty((await db.Employers.Include(e => e.Contacts).SingleAsync(e => e.Id == employer.Id)).Contacts);
        Assert.Equal($"contact-removed: {key}", Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id))).Reason);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        Assert.Contains("Yhteyshenkilö Pekka Puro on poistettu.", page.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_contact_answers_404()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Tuntematon") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.GetAsync(TestEmployers.Url(employer.Id, $"/Contacts/{Guid.NewGuid()}/Edit"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> OnlyContactKeyAsync(int employerId)
    {
        await using var db = app.NewDbContext();
        return Assert.Single((await db.Employers.Include(e => e.Contacts).SingleAsync(e => e.Id == employerId)).Contacts).Key;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
