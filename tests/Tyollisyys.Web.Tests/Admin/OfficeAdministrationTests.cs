using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class OfficeAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_shows_each_office_with_its_municipality_and_active_staff_count()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PageAsync("/Admin/Offices");

        var kajaani = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(AdminSteps.KajaaniOffice, StringComparison.Ordinal));
        var cells = kajaani.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Kajaani", cells[1]);
        Assert.Equal("4", cells[3]);
    }

    [Fact]
    public async Task Admin_creates_an_office_and_the_creation_is_audited()
    {
        using var admin = await SignedInAdminAsync();
        var name = AdminSteps.UniqueName("Paltamon piste ");

        await admin.PostExpectingRedirectAsync("/Admin/Offices/Create", await FieldsAsync(name, "Kajaanintie 1, Paltamo"), "/Admin/Offices");

        await using var db = app.NewDbContext();
        var office = await db.Offices.SingleAsync(o => o.Name == name);
        Assert.True(office.IsActive);
        Assert.Equal(await MunicipalityIdAsync("620"), office.MunicipalityId);
        var row = Assert.Single(await app.AuditRowsAsync("Office", Id(office.Id)));
        Assert.Equal(AuditAction.Create, row.Action);
    }

    [Fact]
    public async Task Missing_name_and_municipality_are_refused_in_Finnish()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PostFormExpectingPageAsync("/Admin/Offices/Create", new()
        {
            ["Input.Name"] = "",
            ["Input.Address"] = "",
            ["Input.MunicipalityId"] = "",
        });

        Assert.Equal(["Anna toimipisteen nimi.", "Valitse kunta, joka on käytössä."], StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_name_already_in_use_is_refused_in_Finnish()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PostFormExpectingPageAsync("/Admin/Offices/Create", await FieldsAsync(AdminSteps.SotkamoOffice, null));

        Assert.Equal([$"Toimipiste nimeltä {AdminSteps.SotkamoOffice} on jo olemassa."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task Admin_edits_an_office_and_the_change_is_audited()
    {
        using var admin = await SignedInAdminAsync();
        var id = await CreateOfficeAsync(admin);
        var form = await admin.PageAsync($"/Admin/Offices/Edit/{id}");
        var renamed = AdminSteps.UniqueName("Uusi nimi ");
        var fields = await FieldsAsync(renamed, "Uusi osoite 2");
        fields["Input.Version"] = Version(form);

        await admin.PostExpectingRedirectAsync($"/Admin/Offices/Edit/{id}", fields, "/Admin/Offices");

        await using var db = app.NewDbContext();
        var office = await db.Offices.SingleAsync(o => o.Id == id);
        Assert.Equal((renamed, "Uusi osoite 2"), (office.Name, office.Address));
        Assert.Equal(AuditAction.Update, (await app.AuditRowsAsync("Office", Id(id))).Last().Action);
    }

    [Fact]
    public async Task A_stale_office_edit_is_refused_and_shows_the_current_values()
    {
        using var admin = await SignedInAdminAsync();
        var id = await CreateOfficeAsync(admin);
        var stale = Version(await admin.PageAsync($"/Admin/Offices/Edit/{id}"));
        var first = await FieldsAsync(AdminSteps.UniqueName("Ensin "), "Ensimmäinen 1");
        first["Input.Version"] = stale;
        await admin.PostExpectingRedirectAsync($"/Admin/Offices/Edit/{id}", first, "/Admin/Offices");

        var second = await FieldsAsync(AdminSteps.UniqueName("Myöhässä "), "Toinen 2");
        second["Input.Version"] = stale;
        var page = await admin.PostFormExpectingPageAsync($"/Admin/Offices/Edit/{id}", second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal(first["Input.Name"], page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.NotEqual(stale, Version(page));
    }

    [Fact]
    public async Task An_office_with_active_staff_cannot_be_closed()
    {
        using var admin = await SignedInAdminAsync();
        var id = await app.OfficeIdAsync(AdminSteps.SotkamoOffice);
        var confirm = await admin.PageAsync($"/Admin/Offices/Status/{id}");

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Offices/Status/{id}", new()
        {
            ["Reopen"] = "false",
            ["Version"] = confirm.QuerySelector("#Version")!.GetAttribute("value")!,
        });

        Assert.Equal(["Toimipistettä ei voi sulkea, koska siinä on 1 aktiivista käyttäjää."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task An_empty_office_is_closed_and_reopened_after_confirmation_and_a_closed_office_is_not_offered_for_new_users()
    {
        using var admin = await SignedInAdminAsync();
        var id = await CreateOfficeAsync(admin);
        var confirm = await admin.PageAsync($"/Admin/Offices/Status/{id}");
        Assert.Equal("Sulje toimipiste", confirm.QuerySelector("h1")!.TextContent);

        await admin.PostExpectingRedirectAsync($"/Admin/Offices/Status/{id}", new()
        {
            ["Reopen"] = "false",
            ["Version"] = confirm.QuerySelector("#Version")!.GetAttribute("value")!,
        }, "/Admin/Offices");

        var create = await admin.PageAsync("/Admin/Users/Create");
        Assert.Null(create.QuerySelector($"#Input_OfficeId option[value='{Id(id)}']"));
        var reopen = await admin.PageAsync($"/Admin/Offices/Status/{id}");
        Assert.Equal("Avaa toimipiste uudelleen", reopen.QuerySelector("h1")!.TextContent);
        await admin.PostExpectingRedirectAsync($"/Admin/Offices/Status/{id}", new()
        {
            ["Reopen"] = "true",
            ["Version"] = reopen.QuerySelector("#Version")!.GetAttribute("value")!,
        }, "/Admin/Offices");
        var reasons = (await app.AuditRowsAsync("Office", Id(id))).Select(e => e.Reason).ToList();
        Assert.Equal(["created", "closed", "reopened"], reasons);
    }

    private async Task<StaffClient> SignedInAdminAsync()
    {
        var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        return admin;
    }

    private async Task<int> CreateOfficeAsync(StaffClient admin)
    {
        var name = AdminSteps.UniqueName("Testipiste ");
        await admin.PostExpectingRedirectAsync("/Admin/Offices/Create", await FieldsAsync(name, null), "/Admin/Offices");
        return await app.OfficeIdAsync(name);
    }

    private async Task<Dictionary<string, string>> FieldsAsync(string name, string? address) => new()
    {
        ["Input.Name"] = name,
        ["Input.Address"] = address ?? "",
        ["Input.MunicipalityId"] = Id(await MunicipalityIdAsync("620")),
    };

    private async Task<int> MunicipalityIdAsync(string code)
    {
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
    }

    private static string Version(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("#Input_Version")!.GetAttribute("value")!;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
