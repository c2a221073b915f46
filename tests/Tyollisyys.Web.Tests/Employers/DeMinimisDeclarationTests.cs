using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

public sealed class DeMinimisDeclarationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static DateOnly Today => TestClients.Today;

    [Fact]
    public async Task A_declaration_in_Finnish_decimals_is_saved_and_the_employer_page_shows_the_rolling_total_and_headroom()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Tuki") + " Oy", arrange: e =>
        {
            e.DeclareDeMinimis(Today.AddMonths(-1), 100_000m, "Business Finland", Today.AddMonths(-13));
            e.DeclareDeMinimis(Today.AddMonths(-1), 50_000m, "Kainuun liitto", Today.AddYears(-3)); // exactly three years back: no longer counts
        });
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestEmployers.Url(employer.Id, "/DeMinimis/New");

        using var response = await client.PostFormAsync(url, Fields("12 500,50", "Kainuun ELY-keskus", Today.AddMonths(-2)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var saved = await db.Employers.Include(e => e.DeMinimisDeclarations).SingleAsync(e => e.Id == employer.Id);
        Assert.Contains(saved.DeMinimisDeclarations, d => d.Amount == 12_500.50m && d.GrantingBody == "Kainuun ELY-keskus" && d.DeclaredOn == Today);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        Assert.Equal("112 500,50 €", Normal(page.QuerySelector(".de-minimis-total")!.TextContent));
        Assert.Equal("187 499,50 €", Normal(page.QuerySelector(".de-minimis-headroom")!.TextContent));
        Assert.Equal(3, page.QuerySelectorAll("table.de-minimis tbody tr").Length);
        Assert.Contains("Ei enää mukana", page.QuerySelector("table.de-minimis")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("De minimis -ilmoitus on tallennettu.", page.QuerySelector(".status-message")!.TextContent.Trim());
        Assert.StartsWith("de-minimis-declared: ", Assert.Single(await app.AuditRowsAsync("Employer", Id(employer.Id))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_shows_the_current_total_and_headroom_and_proposes_today_as_the_declaration_date()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Lomake") + " Oy", arrange: e =>
            e.DeclareDeMinimis(Today, 280_000m, "Business Finland", Today.AddMonths(-6)));
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        var page = await client.PageAsync(TestEmployers.Url(employer.Id, "/DeMinimis/New"));

        Assert.Equal("280 000,00 €", Normal(page.QuerySelector(".de-minimis-total")!.TextContent));
        Assert.Equal("20 000,00 €", Normal(page.QuerySelector(".de-minimis-headroom")!.TextContent));
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#Input_DeclaredOn")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_declaration_that_takes_the_total_over_the_ceiling_is_accepted_with_a_warning()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Katto") + " Oy", arrange: e =>
            e.DeclareDeMinimis(Today, 280_000m, "Business Finland", Today.AddMonths(-6)));
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.PostFormAsync(TestEmployers.Url(employer.Id, "/DeMinimis/New"), Fields("30 000", "Kainuun liitto", Today.AddDays(-10)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        Assert.Contains("ylittää nyt enimmäismäärän", page.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0,00 €", Normal(page.QuerySelector(".de-minimis-headroom")!.TextContent));
        Assert.NotNull(page.QuerySelector("p.notice[role=note]"));
    }

    [Fact]
    public async Task A_malformed_amount_and_aid_after_the_declaration_are_refused_in_Finnish_with_the_input_kept()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Virhe") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestEmployers.Url(employer.Id, "/DeMinimis/New");
        var fields = Fields("12.500,50", "Business Finland", Today);
        fields["Input.DeclaredOn"] = Today.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await client.PostFormExpectingPageAsync(url, fields);

        Assert.Equal(
            ["Anna määrä euroina, esimerkiksi 12 500,50.", "Ilmoittaa voi vain jo myönnetyn tuen: tuen päivä ei voi olla ilmoituksen päivän jälkeen."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("12.500,50", page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
        Assert.Equal("Business Finland", page.QuerySelector("#Input_GrantingBody")!.GetAttribute("value"));
        Assert.Empty(await app.AuditRowsAsync("Employer", Id(employer.Id)));
    }

    [Fact]
    public async Task A_zero_amount_and_a_missing_granting_body_are_refused()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Nolla") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(TestEmployers.Url(employer.Id, "/DeMinimis/New"), Fields("0,00", "", Today));

        Assert.Equal(
            ["De minimis -tuen määrän on oltava yli 0 ja enintään 300\u00A0000 euroa.", "Tuen myöntäjä puuttuu."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("12 500,50", "12500.50")]
    [InlineData("12\u00A0500,5", "12500.5")]
    [InlineData("300 000 €", "300000")]
    [InlineData("12500.50", "12500.50")]
    [InlineData(" 7 ", "7")]
    public void Euro_amounts_are_read_as_typed_in_Finland(string typed, string expected)
    {
        Assert.True(EuroInput.TryParse(typed, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.500,50")]
    [InlineData("12,505")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("12,")]
    [InlineData("€")]
    public void Euro_amounts_that_could_be_misread_are_refused(string typed) =>
        Assert.False(EuroInput.TryParse(typed, out _));

    private static Dictionary<string, string> Fields(string amount, string grantingBody, DateOnly aidDate) => new()
    {
        ["Input.DeclaredOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Amount"] = amount,
        ["Input.GrantingBody"] = grantingBody,
        ["Input.AidDate"] = aidDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Normal(string text) => text.Replace('\u00A0', ' ').Trim();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
