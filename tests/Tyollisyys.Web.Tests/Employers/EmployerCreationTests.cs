using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

public sealed class EmployerCreationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_registers_an_employer_lands_on_its_page_and_the_creation_is_audited()
    {
        var name = TestClients.UniqueName("Uusi") + " Oy";
        var businessId = TestEmployers.NewBusinessId();
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.PostFormAsync("/Employers/New", TestEmployers.Fields(name, businessId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var employer = await db.Employers.SingleAsync(e => e.Name == name);
        Assert.Equal(TestEmployers.Url(employer.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(businessId, employer.BusinessId!.Value);
        Assert.True(employer.IsActive);
        var page = await client.PageAsync(TestEmployers.Url(employer.Id));
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("on lisätty rekisteriin", page.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(await app.AuditRowsAsync("Employer", employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Create, row.Action);
        Assert.Equal("ohjaaja1", row.UserName);
    }

    [Fact]
    public async Task A_legacy_six_digit_business_id_is_stored_with_its_leading_zero()
    {
        var name = TestClients.UniqueName("Legacy") + " Oy";
        var businessId = TestEmployers.NewBusinessId(legacy: true);
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await client.PostFormAsync("/Employers/New", TestEmployers.Fields(name, businessId[1..]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(businessId, (await db.Employers.SingleAsync(e => e.Name == name)).BusinessId!.Value);
    }

    [Fact]
    public async Task A_business_id_already_registered_is_refused_with_a_link_to_the_employer_that_has_it()
    {
        var businessId = TestEmployers.NewBusinessId();
        var existing = await app.AddAsync(TestClients.UniqueName("Olemassa") + " Oy", businessId: businessId);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var name = TestClients.UniqueName("Kopio") + " Oy";

        var page = await client.PostFormExpectingPageAsync("/Employers/New", TestEmployers.Fields(name, businessId));

        Assert.Equal([$"Y-tunnus {businessId} on jo rekisterissä toisella työnantajalla."], StaffClient.ErrorMessages(page));
        Assert.Equal(TestEmployers.Url(existing.Id), page.QuerySelector(".field .notice a")!.GetAttribute("href"));
        Assert.Equal(name, page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.False(await db.Employers.AnyAsync(e => e.Name == name));
    }

    [Fact]
    public async Task A_wrong_check_digit_is_refused_with_the_domain_message_and_every_input_is_kept()
    {
        var name = TestClients.UniqueName("Tarkiste") + " Oy";
        var wrong = TestEmployers.WithWrongCheckDigit(TestEmployers.NewBusinessId());
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var fields = TestEmployers.Fields(name, wrong, EmployerType.Foundation);
        fields["Input.Language"] = nameof(LetterLanguage.Swedish);
        fields["Input.PostalCode"] = "8710";

        var page = await client.PostFormExpectingPageAsync("/Employers/New", fields);

        Assert.Equal(
            ["Postinumero on viisi numeroa.", "Y-tunnuksen tarkistusnumero ei täsmää; tarkista numerot."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal(name, page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(wrong, page.QuerySelector("#Input_BusinessId")!.GetAttribute("value"));
        Assert.Equal("8710", page.QuerySelector("#Input_PostalCode")!.GetAttribute("value"));
        Assert.Equal("56101 Ravintolat", page.QuerySelector("#Input_Industry")!.GetAttribute("value"));
        Assert.Equal(nameof(EmployerType.Foundation), page.QuerySelector("#Input_Type option[selected]")!.GetAttribute("value"));
        Assert.Equal(nameof(LetterLanguage.Swedish), page.QuerySelector("#Input_Language option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_private_person_is_registered_without_a_business_id_and_the_page_says_no_kuntalisa()
    {
        var name = TestClients.UniqueName("Kotitalous");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.PostFormAsync("/Employers/New", TestEmployers.Fields(name, "", EmployerType.PrivatePerson));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Ei voi saada kuntalisää.", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ei Y-tunnusta", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_person_with_a_business_id_and_a_company_without_one_are_refused()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var person = await client.PostFormExpectingPageAsync("/Employers/New", TestEmployers.Fields("Maija Meikäläinen", TestEmployers.NewBusinessId(), EmployerType.PrivatePerson));
        var company = await client.PostFormExpectingPageAsync("/Employers/New", TestEmployers.Fields("Nimetön Oy", "", EmployerType.Company));

        Assert.Equal(["Yksityishenkilöllä ei ole Y-tunnusta."], StaffClient.ErrorMessages(person));
        Assert.Equal(["Y-tunnus puuttuu."], StaffClient.ErrorMessages(company));
        Assert.Equal("Nimetön Oy", company.QuerySelector("#Input_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_missing_name_and_type_are_refused_in_Finnish()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var fields = TestEmployers.Fields("", TestEmployers.NewBusinessId());
        fields["Input.Type"] = "";

        var page = await client.PostFormExpectingPageAsync("/Employers/New", fields);

        Assert.Equal(["Työnantajan nimi puuttuu.", "Valitse työnantajan tyyppi."], StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
    }
}
