using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kuntalisa;

public sealed class KuntalisaRulePagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_list_groups_the_seeded_versions_by_municipality_marks_the_one_in_force_and_summarises_the_amounts()
    {
        await app.SeedRulesAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/KuntalisaRules");

        var kajaani = page.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent == "Kajaani");
        var rows = kajaani.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => Plain(c.TextContent)).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["1.1.2025–", "Voimassa nyt", "Kaupunginvaltuusto 9.12.2024 § 112", "50–70 % bruttopalkasta, kolmas sektori 100 %, 4–12 kk"], rows[0].Take(4));
        Assert.Equal(["1.1.2020–31.12.2024", "Päättynyt", "Kaupunginvaltuusto 16.12.2019 § 98", "400 €/kk, enintään 3 200 €, 1–8 kk"], rows[1].Take(4));
        var sotkamo = page.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")!.TextContent == "Sotkamo");
        Assert.Equal("450 €/kk, enintään 3 600 €, 1–12 kk", Plain(sotkamo.QuerySelectorAll("tbody td")[3].TextContent));
    }

    [Fact]
    public async Task The_list_filters_by_municipality_and_shows_an_empty_state_for_a_municipality_without_rules()
    {
        await app.SeedRulesAsync();
        var empty = await app.NewMunicipalityAsync("Tyhjäkunta");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync($"/Admin/KuntalisaRules?municipality={empty}");

        var section = Assert.Single(page.QuerySelectorAll("section"));
        Assert.StartsWith("Tyhjäkunta", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kunnalla ei ole kuntalisäsääntöä", section.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector($"a[href='/Admin/KuntalisaRules/New?municipality={empty}']"));
    }

    [Fact]
    public async Task The_detail_page_tells_every_predicate_the_amount_and_the_conditions_in_words()
    {
        await app.SeedRulesAsync();
        var kajaani = await app.MunicipalityIdAsync("205");
        var older = await app.VersionAsync(kajaani, new DateOnly(2020, 1, 1));
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync($"/Admin/KuntalisaRules/{older.Id}");

        var terms = page.QuerySelectorAll("dl.rule-terms dt").Zip(page.QuerySelectorAll("dl.rule-terms dd"), (dt, dd) => (Plain(dt.TextContent), Plain(dd.TextContent))).ToList();
        Assert.Contains(("Voimassa", "1.1.2020–31.12.2024"), terms);
        Assert.Contains(("Vähimmäispäivät", "Ei vaatimusta"), terms);
        Assert.Contains(("Kohderyhmät", "Hakija kuuluu johonkin ryhmistä: Pitkäaikaistyötön, Osatyökykyinen"), terms);
        Assert.Contains(("Kotikunta", "Hakijan kotikunnan on oltava Kajaani"), terms);
        Assert.Contains(("Palkkatuki", "Voidaan yhdistää palkkatukeen"), terms);
        Assert.Contains(("Kiinteä summa (€ / kk)", "400 €/kk"), terms);
        Assert.Contains(("Kokonaiskatto (€)", "enintään 3 200 €"), terms);
        Assert.Contains(("Kesto", "1–8 kk"), terms);
        Assert.Contains(("Hyväksytyt työnantajat", "Yritys, Kolmas sektori (yhdistys tai säätiö)"), terms);
        Assert.Contains(("Vähimmäisviikkotyöaika (h)", "Vähintään 18 h viikossa"), terms);
        Assert.Contains(("Hakemisen ajankohta", "Ennen työsuhteen alkua"), terms);
    }

    [Fact]
    public async Task Admin_adds_a_version_typed_with_Finnish_decimals_and_the_addition_is_audited_with_every_number()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using var response = await admin.PostFormAsync("/Admin/KuntalisaRules/New", PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.VersionAsync(municipalityId, new DateOnly(2026, 1, 1));
        Assert.Equal($"/Admin/KuntalisaRules/{saved.Id}", response.Headers.Location?.OriginalString);
        var expected = new KuntalisaRuleVersion(
            municipalityId,
            new DateOnly(2026, 1, 1),
            null,
            "Kunnanvaltuusto 1.12.2025 § 77",
            new KuntalisaEligibility(91, UnemploymentDayBasis.UnemploymentDays, [new AgeBand(18, 29), new AgeBand(55, 64)], KuntalisaTargetGroups.LongTermUnemployed | KuntalisaTargetGroups.Immigrant, true, true, StatePaySubsidyRule.Forbidden),
            KuntalisaAmount.PercentageOfPay(50m, 70.5m, 4, 12, [new CategoryMaximum(KuntalisaEmployerCategory.ThirdSector, 100m), new CategoryMaximum(KuntalisaEmployerCategory.PublicBody, 60.25m)], PercentageBase.GrossPay, 1500m, 12000m, 1800m, 12),
            new KuntalisaConditions(KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector | KuntalisaEmployerCategories.PublicBody, 18.5m, ApplicationTiming.WithinMonthsOfStart, 2));
        AssertSameRule(expected, saved);
        var audit = Assert.Single(await app.AuditRowsAsync("KuntalisaRuleVersion", saved.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Contains("50-70.5% of GrossPay", audit.Reason, StringComparison.Ordinal);
        Assert.Contains("ThirdSector=100", audit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_sum_version_needs_no_percentages()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var fields = PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1));
        fields["Input.AmountMode"] = "FixedMonthly";
        fields["Input.MinPercent"] = "";
        fields["Input.MaxPercent"] = "";
        fields["Input.FixedMonthlyAmount"] = "412,50 €";
        fields["Input.ApplicationTiming"] = "BeforeStart";

        using var response = await admin.PostFormAsync("/Admin/KuntalisaRules/New", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.VersionAsync(municipalityId, new DateOnly(2026, 1, 1));
        Assert.Equal((KuntalisaAmountMode.FixedMonthly, 412.50m, null), (saved.Amount.Mode, saved.Amount.FixedMonthlyAmount, saved.Amount.MinPercent));
        Assert.Empty(saved.Amount.CategoryMaxima);
        Assert.Equal((ApplicationTiming.BeforeStart, null), (saved.Conditions.ApplicationTiming, saved.Conditions.ApplyWithinMonths));
    }

    [Fact]
    public async Task Copying_a_version_prefills_the_form_with_its_terms()
    {
        await app.SeedRulesAsync();
        var kajaani = await app.MunicipalityIdAsync("205");
        var current = await app.VersionAsync(kajaani, new DateOnly(2025, 1, 1));
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync($"/Admin/KuntalisaRules/New?copyFrom={current.Id}");

        string? Value(string id) => page.QuerySelector($"#{id}")?.GetAttribute("value");
        Assert.Equal(kajaani.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#Input_MunicipalityId option[selected]")?.GetAttribute("value"));
        Assert.Equal(("50", "70", "100", "91", "4", "12"), (Value("Input_MinPercent"), Value("Input_MaxPercent"), Value("Input_CategoryMaxima_1__MaxPercent"), Value("Input_MinimumDays"), Value("Input_MinMonths"), Value("Input_MaxMonths")));
        Assert.Equal("", Value("Input_EffectiveFrom") ?? "");
        Assert.NotNull(page.QuerySelector("#Input_AllowedEmployers[checked]"));
        Assert.NotNull(page.QuerySelector("#Input_AllowedEmployers_ThirdSector[checked]"));
        Assert.Null(page.QuerySelector("#Input_AllowedEmployers_PublicBody[checked]"));
        Assert.NotNull(page.QuerySelector("#Input_AmountMode[checked]"));
    }

    [Fact]
    public async Task Missing_and_unreadable_values_are_refused_in_Finnish_and_the_input_is_kept()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var fields = PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1));
        fields["Input.EffectiveFrom"] = "";
        fields["Input.CouncilDecision"] = " ";
        fields["Input.MaxPercent"] = "70,5x";
        fields["Input.MonthlyCap"] = "-100";
        fields["Input.AgeBands[2].MinAge"] = "40";
        fields["Input.MinMonths"] = "";

        var page = await admin.PostFormExpectingPageAsync("/Admin/KuntalisaRules/New", fields);

        Assert.Equal(
            [
                "Anna ikähaarukan 3 molemmat päät tai jätä molemmat tyhjiksi.",
                "Anna luku, esimerkiksi 70,5 tai 3 600,00.",
                "Anna päivä, josta alkaen versio on voimassa.",
                "Anna päätös, johon sääntö perustuu (toimielin, päivämäärä, pykälä).",
                "Anna summa, joka on yli nollan, enintään kahdella desimaalilla.",
                "Anna tuen vähimmäis- ja enimmäiskesto kuukausina.",
            ],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("70,5x", page.QuerySelector("#Input_MaxPercent")!.GetAttribute("value"));
        Assert.Equal("-100", page.QuerySelector("#Input_MonthlyCap")!.GetAttribute("value"));
        Assert.Equal("1 800", page.QuerySelector("#Input_BonusAmount")!.GetAttribute("value"));
        Assert.Equal("Input_MaxPercent-error", page.QuerySelector("#Input_MaxPercent")!.GetAttribute("aria-describedby"));
        Assert.NotNull(page.QuerySelector("#Input_TargetGroups_Immigrant[checked]"));
        await using var db = app.NewDbContext();
        Assert.False(await db.KuntalisaRuleVersions.AnyAsync(v => v.MunicipalityId == municipalityId));
    }

    [Fact]
    public async Task A_rule_the_domain_refuses_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var fields = PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1), to: new DateOnly(2025, 12, 31));

        var page = await admin.PostFormExpectingPageAsync("/Admin/KuntalisaRules/New", fields);
        Assert.Equal(["Sääntöversio ei voi päättyä ennen voimaantuloaan (1.1.2026)."], StaffClient.ErrorMessages(page));
        Assert.Equal("Sääntöversio ei voi päättyä ennen voimaantuloaan (1.1.2026).", page.QuerySelector("#Input_EffectiveTo-error")!.TextContent.Trim());

        fields = PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1));
        fields["Input.MinPercent"] = "80";
        page = await admin.PostFormExpectingPageAsync("/Admin/KuntalisaRules/New", fields);
        Assert.Equal(["Prosenttivälin on oltava 0–100 %, alaraja ensin."], StaffClient.ErrorMessages(page));

        fields = PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1));
        fields.Remove("Input.AllowedEmployers[0]");
        fields.Remove("Input.AllowedEmployers[1]");
        fields.Remove("Input.AllowedEmployers[2]");
        page = await admin.PostFormExpectingPageAsync("/Admin/KuntalisaRules/New", fields);
        Assert.Equal(["Säännön on hyväksyttävä vähintään yksi työnantajaryhmä."], StaffClient.ErrorMessages(page));

        await using var db = app.NewDbContext();
        Assert.False(await db.KuntalisaRuleVersions.AnyAsync(v => v.MunicipalityId == municipalityId));
    }

    [Fact]
    public async Task A_version_overlapping_another_is_refused_naming_the_other_versions_dates_and_how_to_end_it()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        await AddAsync(admin, PercentageRuleFields(municipalityId, new DateOnly(2025, 1, 1)));

        var page = await admin.PostFormExpectingPageAsync("/Admin/KuntalisaRules/New", PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1)));

        var message = Assert.Single(StaffClient.ErrorMessages(page));
        Assert.StartsWith("Versio olisi päällekkäin kunnan version 1.1.2025– kanssa. Päätä ensin nykyinen versio", message, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.KuntalisaRuleVersions.CountAsync(v => v.MunicipalityId == municipalityId));
    }

    [Fact]
    public async Task After_ending_the_current_version_the_next_one_can_be_added()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var firstId = await AddAsync(admin, PercentageRuleFields(municipalityId, new DateOnly(2025, 1, 1)));
        var endForm = await admin.PageAsync($"/Admin/KuntalisaRules/{firstId}/End");

        await admin.PostExpectingRedirectAsync(
            $"/Admin/KuntalisaRules/{firstId}/End",
            new() { ["Input.LastDay"] = "2025-12-31", ["Input.Version"] = endForm.QuerySelector("#Input_Version")!.GetAttribute("value")! },
            "/Admin/KuntalisaRules");
        using var response = await admin.PostFormAsync("/Admin/KuntalisaRules/New", PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2025, 12, 31), (await app.VersionAsync(municipalityId, new DateOnly(2025, 1, 1))).EffectiveTo);
        var audit = (await app.AuditRowsAsync("KuntalisaRuleVersion", firstId.ToString(CultureInfo.InvariantCulture))).Last();
        Assert.Equal(AuditAction.Update, audit.Action);
        Assert.Contains("2025-01-01.. '", audit.Reason, StringComparison.Ordinal);
        Assert.Contains("2025-01-01..2025-12-31", audit.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_cannot_be_ended_before_it_starts_nor_extended_into_its_successor()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var firstId = await AddAsync(admin, PercentageRuleFields(municipalityId, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        await AddAsync(admin, PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1)));
        var version = (await admin.PageAsync($"/Admin/KuntalisaRules/{firstId}/End")).QuerySelector("#Input_Version")!.GetAttribute("value")!;

        var early = await admin.PostFormExpectingPageAsync($"/Admin/KuntalisaRules/{firstId}/End", new() { ["Input.LastDay"] = "2024-12-31", ["Input.Version"] = version });
        var late = await admin.PostFormExpectingPageAsync($"/Admin/KuntalisaRules/{firstId}/End", new() { ["Input.LastDay"] = "2026-03-31", ["Input.Version"] = version });
        var missing = await admin.PostFormExpectingPageAsync($"/Admin/KuntalisaRules/{firstId}/End", new() { ["Input.LastDay"] = "", ["Input.Version"] = version });

        Assert.Equal(["Sääntöversio ei voi päättyä ennen voimaantuloaan (1.1.2025)."], StaffClient.ErrorMessages(early));
        Assert.Equal(["Versio ulottuisi version 1.1.2026– voimassaoloon. Viimeinen voimassaolopäivä voi olla enintään 31.12.2025."], StaffClient.ErrorMessages(late));
        Assert.Equal("2026-03-31", late.QuerySelector("#Input_LastDay")!.GetAttribute("value"));
        Assert.Equal(["Anna viimeinen voimassaolopäivä."], StaffClient.ErrorMessages(missing));
        Assert.Equal(new DateOnly(2025, 12, 31), (await app.VersionAsync(municipalityId, new DateOnly(2025, 1, 1))).EffectiveTo);
    }

    [Fact]
    public async Task Ending_with_a_stale_form_is_refused_and_shows_the_current_end()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var id = await AddAsync(admin, PercentageRuleFields(municipalityId, new DateOnly(2025, 1, 1)));
        var stale = (await admin.PageAsync($"/Admin/KuntalisaRules/{id}/End")).QuerySelector("#Input_Version")!.GetAttribute("value")!;
        await admin.PostExpectingRedirectAsync($"/Admin/KuntalisaRules/{id}/End", new() { ["Input.LastDay"] = "2026-06-30", ["Input.Version"] = stale }, "/Admin/KuntalisaRules");

        var page = await admin.PostFormExpectingPageAsync($"/Admin/KuntalisaRules/{id}/End", new() { ["Input.LastDay"] = "2026-12-31", ["Input.Version"] = stale });

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("2026-06-30", page.QuerySelector("#Input_LastDay")!.GetAttribute("value"));
        Assert.Equal(new DateOnly(2026, 6, 30), (await app.VersionAsync(municipalityId, new DateOnly(2025, 1, 1))).EffectiveTo);
    }

    [Fact]
    public async Task Two_admins_adding_overlapping_versions_at_the_same_moment_get_one_version_and_one_refusal()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        using var first = await app.NewClient().SignInAsync("paakayttaja");
        using var second = await app.NewClient().SignInAsync("paakayttaja");

        var responses = await Task.WhenAll(
            first.PostFormAsync("/Admin/KuntalisaRules/New", PercentageRuleFields(municipalityId, new DateOnly(2026, 1, 1))),
            second.PostFormAsync("/Admin/KuntalisaRules/New", PercentageRuleFields(municipalityId, new DateOnly(2026, 3, 1))));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Select(r => r.StatusCode).Order());
        var refused = await StaffClient.ParseAsync(await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadAsStringAsync());
        Assert.StartsWith("Versio olisi päällekkäin", Assert.Single(StaffClient.ErrorMessages(refused)), StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.KuntalisaRuleVersions.CountAsync(v => v.MunicipalityId == municipalityId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Unknown_versions_answer_404()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        foreach (var url in new[] { "/Admin/KuntalisaRules/999999", "/Admin/KuntalisaRules/999999/End", "/Admin/KuntalisaRules/New?copyFrom=999999" })
        {
            using var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("ohjaaja1")]
    [InlineData("esihenkilo")]
    public async Task Counsellors_and_managers_get_403_on_the_rule_pages_and_cannot_add_a_version(string userName)
    {
        await app.SeedRulesAsync();
        var id = (await app.VersionAsync(await app.MunicipalityIdAsync("765"), new DateOnly(2025, 1, 1))).Id;
        using var staff = await app.NewClient().SignInAsync(userName);

        foreach (var url in new[] { "/Admin/KuntalisaRules", $"/Admin/KuntalisaRules/{id}", "/Admin/KuntalisaRules/New", $"/Admin/KuntalisaRules/{id}/End" })
        {
            using var response = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var post = await staff.Http.PostAsync(new Uri("/Admin/KuntalisaRules/New", UriKind.Relative), new FormUrlEncodedContent(PercentageRuleFields(await app.MunicipalityIdAsync("765"), new DateOnly(2030, 1, 1))));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.KuntalisaRuleVersions.AnyAsync(v => v.EffectiveFrom == new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login()
    {
        using var anonymous = app.NewClient();

        using var response = await anonymous.GetAsync("/Admin/KuntalisaRules/New");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Adds a version through the page and returns its id, read from the redirect to its detail page.</summary>
    private static async Task<int> AddAsync(StaffClient admin, Dictionary<string, string> fields)
    {
        using var response = await admin.PostFormAsync("/Admin/KuntalisaRules/New", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString["/Admin/KuntalisaRules/".Length..], CultureInfo.InvariantCulture);
    }
}
