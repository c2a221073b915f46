using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Process;

public sealed class ProcessRuleAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int nextYear = 2040;

    [Fact]
    public async Task The_list_shows_the_seeded_2025_and_2026_rules_with_the_2026_set_in_force()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/ProcessRules");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var set2026 = rows.Single(r => r[0] == "2026");
        Assert.Equal(["2026", "1.1.2026", "10", "Palvelutarpeen mukaan", "3", "Voimassa nyt"], set2026);
        var set2025 = rows.Single(r => r[0] == "2025");
        Assert.Equal(("1.1.2025", "5", "Korvattu"), (set2025[1], set2025[2], set2025[5]));
        Assert.Equal("5 / 3 kk; 2 / 1 kk, kun työttömyyttä 6 kk", set2025[3]);
    }

    [Fact]
    public async Task Admin_adds_a_future_rule_set_and_the_addition_is_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var year = NextYear();

        await admin.PostExpectingRedirectAsync("/Admin/ProcessRules/Create", Fields($"Laki {year}", year, days: 7, schedule: true), "/Admin/ProcessRules");

        await using var db = app.NewDbContext();
        var rules = await db.ProcessRuleSets.SingleAsync(r => r.Name == $"Laki {year}");
        Assert.Equal((new DateOnly(year, 1, 1), 7, 3), (rules.EffectiveFrom, rules.InitialInterviewWorkingDays, rules.JobSearchConversationIntervalMonths));
        Assert.Equal(new SupplementaryConversationRule(4, 2, 1, 6, 1), rules.SupplementaryConversations);
        var row = Assert.Single(await app.AuditRowsAsync("ProcessRuleSet", rules.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(AuditAction.Create, row.Action);
    }

    [Fact]
    public async Task Missing_and_out_of_range_values_are_refused_in_Finnish_and_the_input_is_kept()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var fields = Fields("", NextYear(), days: 61, schedule: true);
        fields["Input.EffectiveFrom"] = "";
        fields["Input.SupplementaryInitialMonths"] = "0";
        fields["Input.JobSearchConversationIntervalMonths"] = "";

        var page = await admin.PostFormExpectingPageAsync("/Admin/ProcessRules/Create", fields);

        Assert.Equal(
            [
                "Anna kokonaisluku.",
                "Anna luku väliltä 0–60.",
                "Anna sääntökokonaisuuden nimi.",
                "Anna voimaantulopäivä.",
                "Keskusteluille tarvitaan vähintään yhden kuukauden jakso.",
            ],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("61", page.QuerySelector("#Input_InitialInterviewWorkingDays")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_second_rule_set_on_the_same_effective_date_is_refused()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync("/Admin/ProcessRules/Create", Fields("Toinen 2026", 2026, days: 10, schedule: false));

        Assert.Equal(["Päivänä 1.1.2026 voimaan tuleva sääntökokonaisuus on jo olemassa."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task Admin_revises_a_rule_set_and_the_audit_row_holds_the_values_before_and_after()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var year = NextYear();
        await admin.PostExpectingRedirectAsync("/Admin/ProcessRules/Create", Fields($"Luonnos {year}", year, days: 7, schedule: true), "/Admin/ProcessRules");
        var id = await IdAsync($"Luonnos {year}");
        var form = await admin.PageAsync($"/Admin/ProcessRules/Edit/{id}");
        Assert.Equal("4", form.QuerySelector("#Input_SupplementaryInitialCount")!.GetAttribute("value"));
        var fields = Fields($"Laki {year}", year, days: 9, schedule: false);
        fields["Input.Version"] = form.QuerySelector("#Input_Version")!.GetAttribute("value")!;

        await admin.PostExpectingRedirectAsync($"/Admin/ProcessRules/Edit/{id}", fields, "/Admin/ProcessRules");

        await using var db = app.NewDbContext();
        var rules = await db.ProcessRuleSets.SingleAsync(r => r.Id == id);
        Assert.Equal(($"Laki {year}", 9), (rules.Name, rules.InitialInterviewWorkingDays));
        Assert.Null(rules.SupplementaryConversations);
        var row = (await app.AuditRowsAsync("ProcessRuleSet", id.ToString(CultureInfo.InvariantCulture))).Last();
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Contains("interview 7wd", row.Reason, StringComparison.Ordinal);
        Assert.Contains("interview 9wd", row.Reason, StringComparison.Ordinal);
        Assert.Contains("supplementary by-need", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_revision_is_refused_and_shows_the_current_values()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var year = NextYear();
        await admin.PostExpectingRedirectAsync("/Admin/ProcessRules/Create", Fields($"Kilpa {year}", year, days: 7, schedule: false), "/Admin/ProcessRules");
        var id = await IdAsync($"Kilpa {year}");
        var stale = (await admin.PageAsync($"/Admin/ProcessRules/Edit/{id}")).QuerySelector("#Input_Version")!.GetAttribute("value")!;
        var first = Fields($"Ensin {year}", year, days: 8, schedule: false);
        first["Input.Version"] = stale;
        await admin.PostExpectingRedirectAsync($"/Admin/ProcessRules/Edit/{id}", first, "/Admin/ProcessRules");

        var second = Fields($"Myöhässä {year}", year, days: 12, schedule: false);
        second["Input.Version"] = stale;
        var page = await admin.PostFormExpectingPageAsync($"/Admin/ProcessRules/Edit/{id}", second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("8", page.QuerySelector("#Input_InitialInterviewWorkingDays")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_rule_set_that_does_not_exist_answers_404()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using var response = await admin.GetAsync("/Admin/ProcessRules/Edit/999999");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int NextYear() => Interlocked.Increment(ref nextYear);

    private async Task<int> IdAsync(string name)
    {
        await using var db = app.NewDbContext();
        return await db.ProcessRuleSets.Where(r => r.Name == name).Select(r => r.Id).SingleAsync();
    }

    private static Dictionary<string, string> Fields(string name, int year, int days, bool schedule) => new()
    {
        ["Input.Name"] = name,
        ["Input.EffectiveFrom"] = $"{year}-01-01",
        ["Input.InitialInterviewWorkingDays"] = days.ToString(CultureInfo.InvariantCulture),
        ["Input.JobSearchConversationIntervalMonths"] = "3",
        ["Input.HasSupplementarySchedule"] = schedule ? "true" : "false",
        ["Input.SupplementaryInitialCount"] = schedule ? "4" : "",
        ["Input.SupplementaryInitialMonths"] = schedule ? "2" : "",
        ["Input.SupplementaryLaterCount"] = schedule ? "1" : "",
        ["Input.SupplementaryLaterAfterMonths"] = schedule ? "6" : "",
        ["Input.SupplementaryLaterWindowMonths"] = schedule ? "1" : "",
    };
}
