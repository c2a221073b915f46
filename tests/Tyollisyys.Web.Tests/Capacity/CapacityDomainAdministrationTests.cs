using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Capacity;

public sealed class CapacityDomainAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(string code, string nameFi, string ordinal = "60", bool active = true) => new()
    {
        ["Input.Code"] = code,
        ["Input.NameFi"] = nameFi,
        ["Input.NameSv"] = nameFi + " (sv)",
        ["Input.NameEn"] = nameFi + " (en)",
        ["Input.Ordinal"] = ordinal,
        ["Input.IsActive"] = active ? "true" : "false",
    };

    [Fact]
    public async Task The_list_shows_the_five_seeded_ICF_domains_in_order()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/CapacityDomains");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["physical", "mental", "social", "work-skills", "life-management"], rows.Take(5).Select(r => r[4]));
        Assert.Equal(["Fyysinen toimintakyky", "Fysisk funktionsförmåga"], rows[0].Skip(1).Take(2));
        Assert.Equal(["Elämänhallinta", "Livskontroll"], rows[4].Skip(1).Take(2));
        Assert.All(rows.Take(5), r => Assert.Equal("Käytössä", r[6]));
    }

    [Fact]
    public async Task Admin_adds_a_domain_and_it_is_offered_on_the_assessment_form_and_the_creation_is_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        await admin.PostExpectingRedirectAsync("/Admin/CapacityDomains/Create", Fields("digital-skills", "Digitaidot", "55"), "/Admin/CapacityDomains");

        await using var db = app.NewDbContext();
        var domain = await db.CapacityDomains.SingleAsync(d => d.Code == "digital-skills");
        Assert.Equal(("Digitaidot", "Digitaidot (sv)", "Digitaidot (en)", 55, true), (domain.NameFi, domain.NameSv, domain.NameEn, domain.Ordinal, domain.IsActive));
        Assert.Equal(AuditAction.Create, Assert.Single(await app.AuditRowsAsync("CapacityDomain", Id(domain.Id))).Action);
        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var form = await counsellor.PageAsync(TestClients.CardUrl(clientId) + "/Capacity/New");
        var legends = form.QuerySelectorAll("fieldset.capacity-domain legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal("Digitaidot", legends[^1]);
    }

    [Fact]
    public async Task A_code_in_use_an_invalid_code_and_missing_names_are_refused_in_Finnish()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var duplicate = await admin.PostFormExpectingPageAsync("/Admin/CapacityDomains/Create", Fields("physical", "Fyysinen 2"));
        var invalid = await admin.PostFormExpectingPageAsync("/Admin/CapacityDomains/Create", Fields("Fyysinen Kunto", "Kunto"));
        var missing = await admin.PostFormExpectingPageAsync("/Admin/CapacityDomains/Create", new()
        {
            ["Input.Code"] = "empty-names", ["Input.NameFi"] = "", ["Input.NameSv"] = "", ["Input.NameEn"] = "", ["Input.Ordinal"] = "",
        });

        Assert.Equal(["Osa-alue tunnuksella physical on jo olemassa."], StaffClient.ErrorMessages(duplicate));
        Assert.Equal(["Tunnuksessa saa olla 1–50 merkkiä: pieniä kirjaimia a–z, numeroita sekä merkkejä - ja _."], StaffClient.ErrorMessages(invalid));
        Assert.Equal("Fyysinen Kunto", invalid.QuerySelector("#Input_Code")!.GetAttribute("value"));
        Assert.Equal(
            ["Anna järjestysnumero.", "Anna nimi englanniksi.", "Anna nimi ruotsiksi.", "Anna nimi suomeksi."],
            StaffClient.ErrorMessages(missing).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_deactivated_domain_leaves_the_form_but_stays_in_the_assessments_that_used_it()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        await admin.PostExpectingRedirectAsync("/Admin/CapacityDomains/Create", Fields("to-retire", "Poistuva osa-alue", "70"), "/Admin/CapacityDomains");
        int domainId;
        await using (var db = app.NewDbContext())
        {
            domainId = (await db.CapacityDomains.SingleAsync(d => d.Code == "to-retire")).Id;
        }

        var (clientId, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var newUrl = TestClients.CardUrl(clientId) + "/Capacity/New";
        var fields = EditClientTests.FieldsOf(await counsellor.PageAsync(newUrl));
        var row = fields.Single(f => f.Key.EndsWith(".DomainId", StringComparison.Ordinal) && f.Value == Id(domainId)).Key.Replace(".DomainId", "", StringComparison.Ordinal);
        fields[row + ".Rating"] = "3";
        using (var saved = await counsellor.PostFormAsync(newUrl, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var edit = EditClientTests.FieldsOf(await admin.PageAsync($"/Admin/CapacityDomains/Edit/{domainId}"));
        edit["Input.IsActive"] = "false";
        await admin.PostExpectingRedirectAsync($"/Admin/CapacityDomains/Edit/{domainId}", edit, "/Admin/CapacityDomains");

        var form = await counsellor.PageAsync(newUrl);
        Assert.DoesNotContain("Poistuva osa-alue", form.QuerySelectorAll("fieldset.capacity-domain legend").Select(l => l.TextContent.Trim()));
        var history = await counsellor.PageAsync(TestClients.CardUrl(clientId) + "/Capacity");
        Assert.Contains("Poistuva osa-alue (ei käytössä)", history.QuerySelector("table.capacity tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AuditAction.Update, (await app.AuditRowsAsync("CapacityDomain", Id(domainId))).Last().Action);
        Assert.Equal("Ei käytössä", (await admin.PageAsync("/Admin/CapacityDomains")).QuerySelectorAll("tbody tr")
            .Single(r => r.TextContent.Contains("to-retire", StringComparison.Ordinal)).QuerySelectorAll("td")[6].TextContent.Trim());
    }

    [Fact]
    public async Task Admin_renames_a_domain_and_a_stale_edit_is_refused_showing_the_current_values()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        await admin.PostExpectingRedirectAsync("/Admin/CapacityDomains/Create", Fields("renamed", "Vanha nimi", "80"), "/Admin/CapacityDomains");
        int id;
        await using (var db = app.NewDbContext())
        {
            id = (await db.CapacityDomains.SingleAsync(d => d.Code == "renamed")).Id;
        }

        var url = $"/Admin/CapacityDomains/Edit/{id}";
        var stale = EditClientTests.FieldsOf(await admin.PageAsync(url));
        var first = new Dictionary<string, string>(stale) { ["Input.NameFi"] = "Uusi nimi" };
        await admin.PostExpectingRedirectAsync(url, first, "/Admin/CapacityDomains");

        var second = new Dictionary<string, string>(stale) { ["Input.NameFi"] = "Myöhästynyt nimi" };
        var page = await admin.PostFormExpectingPageAsync(url, second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("Uusi nimi", page.QuerySelector("#Input_NameFi")!.GetAttribute("value"));
        Assert.Equal("renamed", page.QuerySelector("#Input_Code")!.GetAttribute("value"));
        await using var after = app.NewDbContext();
        Assert.Equal("Uusi nimi", (await after.CapacityDomains.SingleAsync(d => d.Id == id)).NameFi);
    }

    [Fact]
    public async Task Counsellors_and_managers_may_not_administer_domains()
    {
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync("/Admin/CapacityDomains/Create");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
