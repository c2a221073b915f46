using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kuntalisa;

public sealed class AppropriationPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _nextYear = 2060;

    [Fact]
    public async Task The_list_shows_each_municipality_for_the_year_with_its_amount_or_a_link_to_add_it()
    {
        var year = NextYear();
        var kajaani = await app.MunicipalityIdAsync("205");
        await using (var db = app.NewDbContext())
        {
            db.Appropriations.Add(new Appropriation(kajaani, year, 250_000.5m));
            await db.SaveChangesAsync();
        }

        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var page = await admin.PageAsync($"/Admin/Appropriations?year={year}");

        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r);
        Assert.Equal("250 000,50 €", Plain(rows["Kajaani"].QuerySelector("td.number")!.TextContent));
        Assert.Equal("Ei määrärahaa", rows["Sotkamo"].QuerySelector("td.number")!.TextContent.Trim());
        var sotkamo = await app.MunicipalityIdAsync("765");
        Assert.NotNull(rows["Sotkamo"].QuerySelector($"a[href='/Admin/Appropriations/New?municipality={sotkamo}&year={year}']"));
        Assert.Equal($"Kuntalisämäärärahat {year}", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Without_a_year_the_list_shows_this_year()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/Appropriations");

        Assert.Equal($"Kuntalisämäärärahat {Tyollisyys.Web.Infrastructure.Localization.Formats.FinnishDate(DateTimeOffset.UtcNow).Year}", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Admin_adds_an_appropriation_typed_the_Finnish_way_and_the_addition_is_audited()
    {
        var year = NextYear();
        var municipalityId = await app.MunicipalityIdAsync("620");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        await admin.PostExpectingRedirectAsync(
            "/Admin/Appropriations/New",
            new() { ["Input.MunicipalityId"] = municipalityId.ToString(CultureInfo.InvariantCulture), ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture), ["Input.Amount"] = "120 000,50" },
            $"/Admin/Appropriations?year={year}");

        var saved = await SingleAsync(municipalityId, year);
        Assert.Equal(120_000.50m, saved.Amount);
        var audit = Assert.Single(await app.AuditRowsAsync("Appropriation", saved.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Contains("amount 120000.50", audit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_appropriation_for_the_same_municipality_and_year_is_refused_with_a_clear_message()
    {
        var year = NextYear();
        var municipalityId = await app.MunicipalityIdAsync("205");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var fields = Fields(municipalityId, year, "100000");
        await admin.PostExpectingRedirectAsync("/Admin/Appropriations/New", fields, $"/Admin/Appropriations?year={year}");

        fields["Input.Amount"] = "200 000";
        var page = await admin.PostFormExpectingPageAsync("/Admin/Appropriations/New", fields);

        Assert.Equal([$"Kunnalla Kajaani on jo määräraha vuodelle {year}. Muuta olemassa olevaa määrärahaa."], StaffClient.ErrorMessages(page));
        Assert.Equal("200 000", page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
        Assert.Equal(100_000m, (await SingleAsync(municipalityId, year)).Amount);
    }

    [Fact]
    public async Task Two_admins_adding_the_same_years_appropriation_at_once_get_one_appropriation_and_one_refusal()
    {
        var year = NextYear();
        var municipalityId = await app.MunicipalityIdAsync("765");
        using var first = await app.NewClient().SignInAsync("paakayttaja");
        using var second = await app.NewClient().SignInAsync("paakayttaja");

        var responses = await Task.WhenAll(
            first.PostFormAsync("/Admin/Appropriations/New", Fields(municipalityId, year, "1000")),
            second.PostFormAsync("/Admin/Appropriations/New", Fields(municipalityId, year, "2000")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Select(r => r.StatusCode).Order());
        var refused = await StaffClient.ParseAsync(await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadAsStringAsync());
        Assert.StartsWith("Kunnalla Sotkamo on jo määräraha", Assert.Single(StaffClient.ErrorMessages(refused)), StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.Appropriations.CountAsync(a => a.MunicipalityId == municipalityId && a.Year == year));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Missing_unreadable_and_out_of_range_values_are_refused_in_Finnish_and_the_input_is_kept()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync("/Admin/Appropriations/New", new() { ["Input.MunicipalityId"] = "", ["Input.Year"] = "1999", ["Input.Amount"] = "12,3,4" });
        var tooMuch = await admin.PostFormExpectingPageAsync("/Admin/Appropriations/New", Fields(await app.MunicipalityIdAsync("205"), NextYear(), "100 000 000,01"));
        var empty = await admin.PostFormExpectingPageAsync("/Admin/Appropriations/New", Fields(await app.MunicipalityIdAsync("205"), NextYear(), ""));

        Assert.Equal(
            ["Anna luku, esimerkiksi 70,5 tai 3 600,00.", "Määrärahan vuoden on oltava 2000–2100.", "Valitse kunta."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("12,3,4", page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
        Assert.Equal("1999", page.QuerySelector("#Input_Year")!.GetAttribute("value"));
        Assert.Equal(["Määrärahan on oltava yli 0 € ja enintään 100 000 000 €, enintään kahdella desimaalilla."], StaffClient.ErrorMessages(tooMuch));
        Assert.Equal(["Anna määräraha euroina."], StaffClient.ErrorMessages(empty));
    }

    [Fact]
    public async Task Admin_revises_an_amount_and_the_audit_row_holds_the_amounts_before_and_after()
    {
        var year = NextYear();
        var id = await AddAsync(await app.MunicipalityIdAsync("205"), year, 100_000m);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = await admin.PageAsync($"/Admin/Appropriations/{id}/Edit");
        Assert.Equal("100000", form.QuerySelector("#Input_Amount")!.GetAttribute("value"));

        await admin.PostExpectingRedirectAsync(
            $"/Admin/Appropriations/{id}/Edit",
            new() { ["Input.Amount"] = "125 500,25", ["Input.Version"] = form.QuerySelector("#Input_Version")!.GetAttribute("value")! },
            $"/Admin/Appropriations?year={year}");

        await using var db = app.NewDbContext();
        Assert.Equal(125_500.25m, (await db.Appropriations.SingleAsync(a => a.Id == id)).Amount);
        var audit = (await app.AuditRowsAsync("Appropriation", id.ToString(CultureInfo.InvariantCulture))).Last();
        Assert.Equal(AuditAction.Update, audit.Action);
        Assert.Contains("amount 100000.00 -> 125500.25", audit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_revision_is_refused_and_shows_the_current_amount()
    {
        var id = await AddAsync(await app.MunicipalityIdAsync("765"), NextYear(), 50_000m);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var stale = (await admin.PageAsync($"/Admin/Appropriations/{id}/Edit")).QuerySelector("#Input_Version")!.GetAttribute("value")!;
        using (var first = await admin.PostFormAsync($"/Admin/Appropriations/{id}/Edit", new() { ["Input.Amount"] = "60000", ["Input.Version"] = stale }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Appropriations/{id}/Edit", new() { ["Input.Amount"] = "70000", ["Input.Version"] = stale });

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("60000", page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal(60_000m, (await db.Appropriations.SingleAsync(a => a.Id == id)).Amount);
    }

    [Fact]
    public async Task An_invalid_revision_is_refused_and_the_input_is_kept()
    {
        var id = await AddAsync(await app.MunicipalityIdAsync("620"), NextYear(), 50_000m);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Appropriations/{id}/Edit", new() { ["Input.Amount"] = "0" });

        Assert.Equal(["Määrärahan on oltava yli 0 € ja enintään 100 000 000 €, enintään kahdella desimaalilla."], StaffClient.ErrorMessages(page));
        Assert.Equal("0", page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("ohjaaja1")]
    [InlineData("esihenkilo")]
    public async Task Counsellors_and_managers_get_403_on_the_appropriation_pages(string userName)
    {
        var id = await AddAsync(await app.MunicipalityIdAsync("205"), NextYear(), 1000m);
        using var staff = await app.NewClient().SignInAsync(userName);

        foreach (var url in new[] { "/Admin/Appropriations", "/Admin/Appropriations/New", $"/Admin/Appropriations/{id}/Edit" })
        {
            using var response = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_and_unknown_appropriations_answer_404()
    {
        using var anonymous = app.NewClient();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using var login = await anonymous.GetAsync("/Admin/Appropriations");
        using var missing = await admin.GetAsync("/Admin/Appropriations/999999/Edit");

        Assert.Contains("/Account/Login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static int NextYear() => Interlocked.Increment(ref _nextYear);

    private static Dictionary<string, string> Fields(int municipalityId, int year, string amount) => new()
    {
        ["Input.MunicipalityId"] = municipalityId.ToString(CultureInfo.InvariantCulture),
        ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
        ["Input.Amount"] = amount,
    };

    private async Task<int> AddAsync(int municipalityId, int year, decimal amount)
    {
        await using var db = app.NewDbContext();
        var appropriation = new Appropriation(municipalityId, year, amount);
        db.Appropriations.Add(appropriation);
        await db.SaveChangesAsync();
        return appropriation.Id;
    }

    private async Task<Appropriation> SingleAsync(int municipalityId, int year)
    {
        await using var db = app.NewDbContext();
        return await db.Appropriations.SingleAsync(a => a.MunicipalityId == municipalityId && a.Year == year);
    }
}
