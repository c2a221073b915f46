using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Support.FormReader;

namespace Tyollisyys.Web.Tests.Employers;

public sealed class EmployerEditingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_changes_the_industry_and_deactivates_the_employer_and_the_audit_row_names_what_changed()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Muokattava") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestEmployers.Url(employer.Id, "/Edit");
        var form = FieldsOf(await client.PageAsync(url));
        form["Input.Industry"] = "47111 Päivittäistavarakauppa";
        form.Remove("Input.IsActive");
        form["Input.IsActive"] = "false";

        using var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestEmployers.Url(employer.Id), response.Headers.Location!.OriginalString);
        await using var db = app.NewDbContext();
        var saved = await db.Employers.SingleAsync(e => e.Id == employer.Id);
        Assert.Equal("47111 Päivittäistavarakauppa", saved.Industry);
        Assert.False(saved.IsActive);
        var row = Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id)));
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Equal("details: industry; deactivated", row.Reason);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        Assert.Equal("Ei aktiivinen", page.QuerySelector(".badges .badge.inactive")!.TextContent.Trim());
    }

    [Fact]
    public async Task Ticking_active_again_reactivates_the_employer()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Lepaava") + " ry", Domain.Employers.EmployerType.Association, active: false);
        using var client = await app.NewClient().SignInAsync("esihenkilo");
        var url = TestEmployers.Url(employer.Id, "/Edit");
        var form = FieldsOf(await client.PageAsync(url));
        form["Input.IsActive"] = "true";

        using var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.True((await db.Employers.SingleAsync(e => e.Id == employer.Id)).IsActive);
        Assert.Equal("reactivated", Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id))).Reason);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_the_other_users_change_stays_and_the_form_shows_it()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Rinnakkain") + " Oy");
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var eero = await app.NewClient().SignInAsync("ohjaaja2");
        var url = TestEmployers.Url(employer.Id, "/Edit");
        var ainosForm = FieldsOf(await aino.PageAsync(url));
        var eerosForm = FieldsOf(await eero.PageAsync(url));

        eerosForm["Input.PostOffice"] = "Sotkamo";
        using (var saved = await eero.PostFormAsync(url, eerosForm))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        ainosForm["Input.PostOffice"] = "Paltamo";
        var page = await aino.PostFormExpectingPageAsync(url, ainosForm);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("Sotkamo", page.QuerySelector("#Input_PostOffice")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal("Sotkamo", (await db.Employers.SingleAsync(e => e.Id == employer.Id)).PostOffice);
        Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id)));

        // The form now carries the current version: saving again is a deliberate change.
        using var again = await aino.PostFormAsync(url, FieldsOf(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Changing_the_business_id_to_one_another_employer_has_is_refused_with_a_link()
    {
        var other = await app.AddAsync(TestClients.UniqueName("Toinen") + " Oy");
        var employer = await app.AddAsync(TestClients.UniqueName("Vaihtaja") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestEmployers.Url(employer.Id, "/Edit");
        var form = FieldsOf(await client.PageAsync(url));
        form["Input.BusinessId"] = other.BusinessId!.Value;

        var page = await client.PostFormExpectingPageAsync(url, form);

        Assert.Equal([$"Y-tunnus {other.BusinessId.Value} on jo rekisterissä toisella työnantajalla."], StaffClient.ErrorMessages(page));
        Assert.Equal(TestEmployers.Url(other.Id), page.QuerySelector(".field .notice a")!.GetAttribute("href"));
        Assert.Empty(await app.AuditRowsAsync("Employer", Id(employer.Id)));
    }

    [Fact]
    public async Task Saving_without_changes_writes_no_audit_row()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Ennallaan") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestEmployers.Url(employer.Id, "/Edit");

        using var response = await client.PostFormAsync(url, FieldsOf(await client.PageAsync(url)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await app.AuditRowsAsync("Employer", Id(employer.Id)));
    }

    [Fact]
    public async Task An_unknown_employer_answers_404()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var page = await client.GetAsync("/Employers/999999");
        using var edit = await client.GetAsync("/Employers/999999/Edit");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
