using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class MunicipalityAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextCode = 900;

    [Fact]
    public async Task The_list_shows_code_names_area_and_state()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PageAsync("/Admin/Municipalities");

        var kajaani = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).Single(c => c[0] == "205");
        Assert.Equal(["205", "Kajaani", "Kajana", "Kainuun työllisyysalue", "Käytössä"], kajaani);
    }

    [Fact]
    public async Task Admin_creates_a_municipality_in_the_employment_area_and_the_creation_is_audited()
    {
        using var admin = await SignedInAdminAsync();
        var create = await admin.PageAsync("/Admin/Municipalities/Create");
        Assert.Contains("Kainuun työllisyysalue", create.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var code = NextCode();

        await admin.PostExpectingRedirectAsync("/Admin/Municipalities/Create", Fields(code, "Kuhmo", "Kuhmo"), "/Admin/Municipalities");

        await using var db = app.NewDbContext();
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == code);
        Assert.Equal(await db.EmploymentAreas.Select(a => a.Id).FirstAsync(), municipality.EmploymentAreaId);
        Assert.Equal(AuditAction.Create, Assert.Single(await app.AuditRowsAsync("Municipality", Id(municipality.Id))).Action);
    }

    [Fact]
    public async Task Invalid_code_and_missing_names_are_refused_in_Finnish()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PostFormExpectingPageAsync("/Admin/Municipalities/Create", Fields("12a", "", ""));

        Assert.Equal(
            ["Anna kunnan nimi ruotsiksi.", "Anna kunnan nimi suomeksi.", "Kuntanumero on kolme numeroa, esimerkiksi 205."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_code_already_in_use_is_refused_in_Finnish()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PostFormExpectingPageAsync("/Admin/Municipalities/Create", Fields("765", "Toinen Sotkamo", "Andra Sotkamo"));

        Assert.Equal(["Kuntanumero 765 on jo käytössä."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task Admin_edits_a_municipality_and_a_stale_edit_is_refused_with_the_current_values()
    {
        using var admin = await SignedInAdminAsync();
        var id = await CreateAsync(admin);
        var stale = Version(await admin.PageAsync($"/Admin/Municipalities/Edit/{id}"));
        var code = NextCode();
        var first = Fields(code, "Hyrynsalmi", "Hyrynsalmi");
        first["Input.Version"] = stale;
        await admin.PostExpectingRedirectAsync($"/Admin/Municipalities/Edit/{id}", first, "/Admin/Municipalities");

        var second = Fields(code, "Myöhässä", "För sent");
        second["Input.Version"] = stale;
        var page = await admin.PostFormExpectingPageAsync($"/Admin/Municipalities/Edit/{id}", second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("Hyrynsalmi", page.QuerySelector("#Input_NameFi")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal("Hyrynsalmi", await db.Municipalities.Where(m => m.Id == id).Select(m => m.NameFi).SingleAsync());
        Assert.Equal(["created", "details"], (await app.AuditRowsAsync("Municipality", Id(id))).Select(e => e.Reason));
    }

    [Fact]
    public async Task A_municipality_is_closed_and_reopened_after_confirmation_and_a_closed_one_is_not_offered_for_new_offices()
    {
        using var admin = await SignedInAdminAsync();
        var id = await CreateAsync(admin);
        var confirm = await admin.PageAsync($"/Admin/Municipalities/Status/{id}");
        Assert.Equal("Sulje kunta", confirm.QuerySelector("h1")!.TextContent);

        await admin.PostExpectingRedirectAsync($"/Admin/Municipalities/Status/{id}", new()
        {
            ["Reopen"] = "false",
            ["Version"] = confirm.QuerySelector("#Version")!.GetAttribute("value")!,
        }, "/Admin/Municipalities");

        var officeForm = await admin.PageAsync("/Admin/Offices/Create");
        Assert.Null(officeForm.QuerySelector($"#Input_MunicipalityId option[value='{Id(id)}']"));
        var reopen = await admin.PageAsync($"/Admin/Municipalities/Status/{id}");
        await admin.PostExpectingRedirectAsync($"/Admin/Municipalities/Status/{id}", new()
        {
            ["Reopen"] = "true",
            ["Version"] = reopen.QuerySelector("#Version")!.GetAttribute("value")!,
        }, "/Admin/Municipalities");
        Assert.Equal(["created", "closed", "reopened"], (await app.AuditRowsAsync("Municipality", Id(id))).Select(e => e.Reason));
    }

    private async Task<StaffClient> SignedInAdminAsync()
    {
        var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        return admin;
    }

    private async Task<int> CreateAsync(StaffClient admin)
    {
        var code = NextCode();
        await admin.PostExpectingRedirectAsync("/Admin/Municipalities/Create", Fields(code, "Testikunta", "Testkommun"), "/Admin/Municipalities");
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
    }

    private static Dictionary<string, string> Fields(string code, string nameFi, string nameSv) => new()
    {
        ["Input.Code"] = code,
        ["Input.NameFi"] = nameFi,
        ["Input.NameSv"] = nameSv,
    };

    private static string NextCode() => Interlocked.Increment(ref _nextCode).ToString(CultureInfo.InvariantCulture);

    private static string Version(IHtmlDocument page) => page.QuerySelector("#Input_Version")!.GetAttribute("value")!;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
