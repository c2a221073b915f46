using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

public sealed class CreateClientTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string CreateUrl = "/JobSeekers/Create";

    [Fact]
    public async Task A_counsellor_registers_a_client_who_then_has_a_card_and_an_audited_creation()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var code = TestClients.NextIdentityCode();

        using var response = await client.PostFormAsync(CreateUrl, await ValidFormAsync(code, lastName: "Äikäs"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cardUrl = response.Headers.Location!.ToString();
        var card = await client.PageAsync(cardUrl);
        Assert.Equal("Äikäs Matti Juhani", card.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Asiakas Äikäs Matti Juhani on rekisteröity.", card.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(code[..7] + "****", card.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aino Ohjaaja", card.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kajaanin työllisyyspalvelut", card.Body.TextContent, StringComparison.Ordinal);

        await using var db = app.NewDbContext();
        var created = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.IdentityCode == code);
        Assert.StartsWith("1", created.CustomerNumber, StringComparison.Ordinal);
        Assert.Single(created.Spells);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, created.Id, AuditAction.Create));
    }

    [Fact]
    public async Task A_manager_registers_a_client_for_a_chosen_counsellor_in_that_counsellors_office()
    {
        using var client = await app.NewClient().SignInAsync("esihenkilo");
        await using var db = app.NewDbContext();
        var saara = await db.Users.SingleAsync(u => u.UserName == "ohjaaja3");
        var code = TestClients.NextIdentityCode();
        var form = await ValidFormAsync(code);
        form["Input.CounsellorId"] = saara.Id.ToString();

        using var response = await client.PostFormAsync(CreateUrl, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await db.JobSeekers.SingleAsync(j => j.IdentityCode == code);
        Assert.Equal(saara.Id, created.CounsellorId);
        Assert.Equal(saara.OfficeId, created.OfficeId);
    }

    [Fact]
    public async Task A_manager_must_choose_the_counsellor()
    {
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        var page = await client.PostFormExpectingPageAsync(CreateUrl, await ValidFormAsync(TestClients.NextIdentityCode()));

        Assert.Contains("Valitse vastuuohjaaja.", StaffClient.ErrorMessages(page));
    }

    [Theory]
    [InlineData("Input.IdentityCode", "010594-902X", "Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus.")]
    [InlineData("Input.IdentityCode", "310295-9021", "Henkilötunnuksen syntymäaikaa ei ole olemassa.")]
    [InlineData("Input.IdentityCode", "0105949021", "Henkilötunnus on muotoa PPKKVVTNNNQ, esimerkiksi 010594-9021.")]
    [InlineData("Input.IdentityCode", "010594G9021", "Henkilötunnuksen välimerkki on väärä: sallittuja ovat + - Y X W V U A B C D E F.")]
    [InlineData("Input.IdentityCode", "", "Anna henkilötunnus.")]
    [InlineData("Details.FirstNames", "", "Anna etunimet.")]
    [InlineData("Details.LastName", " ", "Anna sukunimi.")]
    [InlineData("Details.Email", "matti.example.fi", "Sähköpostiosoite on muotoa nimi@esimerkki.fi.")]
    [InlineData("Details.Phone", "soita illalla", "Puhelinnumerossa saa olla vain numeroita, välilyöntejä, väliviivoja, sulkeita ja alussa +, esimerkiksi 040 123 4567.")]
    [InlineData("Details.PostalCode", "8710", "Postinumerossa on viisi numeroa.")]
    [InlineData("Details.HomeMunicipalityId", "", "Valitse kotikunta.")]
    [InlineData("Details.ServiceLanguage", "Other", "Kerro, mikä muu asiointikieli on.", "Details.OtherLanguage")]
    [InlineData("Details.OccupationGoals", "LONG", "Teksti on liian pitkä (enintään 2000 merkkiä).")]
    [InlineData("Input.SpellStart", "", "Anna alkamispäivä.")]
    [InlineData("Input.SpellStart", "2999-01-01", "Päivämäärä ei voi olla tulevaisuudessa.")]
    [InlineData("Input.Status", "", "Valitse työnhaun tila.")]
    public async Task Each_invalid_field_is_explained_in_Finnish_and_nothing_is_saved(string field, string value, string message, string? errorField = null)
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var code = TestClients.NextIdentityCode();
        var form = await ValidFormAsync(code);
        form[field] = value == "LONG" ? new string('a', 2001) : value;

        var page = await client.PostFormExpectingPageAsync(CreateUrl, form);

        Assert.Contains(message, StaffClient.ErrorMessages(page));
        Assert.Equal(message, page.QuerySelector($"[data-valmsg-for='{errorField ?? field}']")!.TextContent.Trim());
        await using var db = app.NewDbContext();
        Assert.False(await db.JobSeekers.AnyAsync(j => j.IdentityCode == code));
    }

    [Fact]
    public async Task A_duplicate_identity_code_is_refused_with_a_link_to_the_client_of_the_same_office()
    {
        var (id, code) = await TestClients.CreateAsync(app, "ohjaaja2");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(CreateUrl, await ValidFormAsync(code.ToLowerInvariant()));

        Assert.Contains("Asiakas on jo rekisterissä.", StaffClient.ErrorMessages(page));
        Assert.NotNull(page.QuerySelector($"a[href='{TestClients.CardUrl(id)}']"));
    }

    [Fact]
    public async Task A_duplicate_of_another_offices_client_is_refused_without_a_link_or_the_office()
    {
        var (id, code) = await TestClients.CreateAsync(app, "ohjaaja3");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(CreateUrl, await ValidFormAsync(code));

        Assert.Contains("Asiakas on jo rekisterissä.", StaffClient.ErrorMessages(page));
        Assert.Null(page.QuerySelector($"a[href='{TestClients.CardUrl(id)}']"));
        Assert.DoesNotContain("Sotkamon työllisyyspalvelut", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.JobSeekers.CountAsync(j => j.IdentityCode == code));
    }

    [Fact]
    public async Task A_registration_racing_another_with_the_same_code_is_refused_as_a_duplicate_not_a_500()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var code = TestClients.NextIdentityCode();
        var form = await ValidFormAsync(code);

        // The other registration has inserted but not committed: our duplicate check cannot see it yet,
        // so our insert waits on the unique index and fails with 23505 once the other one commits.
        await using var other = app.NewDbContext();
        await using var transaction = await other.Database.BeginTransactionAsync();
        var (otherId, _) = await TestClients.CreateAsync(app, "ohjaaja2", identityCode: code, db: other);
        var posting = client.PostFormAsync(CreateUrl, form);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await app.ScalarAsync<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") == 0)
        {
            Assert.False(posting.IsCompleted || waited.Elapsed > TimeSpan.FromSeconds(30), "The registration did not wait on the other one's insert");
            await Task.Delay(50);
        }

        await transaction.CommitAsync();
        using var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Asiakas on jo rekisterissä.", StaffClient.ErrorMessages(page));
        Assert.NotNull(page.QuerySelector($"a[href='{TestClients.CardUrl(otherId)}']"));
    }

    [Fact]
    public async Task The_form_defaults_the_first_spell_to_today_as_unemployed()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(CreateUrl);

        Assert.False(string.IsNullOrEmpty(page.QuerySelector("#Input_SpellStart")!.GetAttribute("value")));
        Assert.Equal("Unemployed", page.QuerySelector("#Input_Status option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("fieldset.sensitive legend"));
        Assert.Null(page.QuerySelector("#Input_CounsellorId"));
    }

    private async Task<Dictionary<string, string>> ValidFormAsync(string code, string lastName = "Virtanen")
    {
        await using var db = app.NewDbContext();
        var kajaani = await db.Municipalities.SingleAsync(m => m.Code == "205");
        return new()
        {
            ["Input.IdentityCode"] = code,
            ["Details.FirstNames"] = "Matti Juhani",
            ["Details.LastName"] = lastName,
            ["Details.Phone"] = "+358 40 123 4567",
            ["Details.Email"] = "matti@example.fi",
            ["Details.StreetAddress"] = "Kauppakatu 10 A 2",
            ["Details.PostalCode"] = "87100",
            ["Details.PostOffice"] = "Kajaani",
            ["Details.HomeMunicipalityId"] = kajaani.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Details.ServiceLanguage"] = "Finnish",
            ["Details.EducationLevel"] = "Vocational",
            ["Details.OccupationGoals"] = "Logistiikka",
            ["Details.PartialWorkAbility"] = "true",
            ["Input.SpellStart"] = "2025-03-03",
            ["Input.Status"] = "Unemployed",
        };
    }
}
