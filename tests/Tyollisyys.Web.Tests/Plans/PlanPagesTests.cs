using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Plans;

public sealed class PlanPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string PlanUrl(long id) => string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{id}/Plan");

    private static string EditUrl(long id) => PlanUrl(id) + "/Edit";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, string>> FormAsync(StaffClient client, long id, Action<Dictionary<string, string>> change)
    {
        var fields = FormReader.FieldsOf(await client.PageAsync(EditUrl(id)));
        change(fields);
        return fields;
    }

    [Fact]
    public async Task A_client_without_a_plan_shows_the_empty_state_with_a_button_to_make_one_and_the_view_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(PlanUrl(id));

        Assert.Contains("Suunnitelmaa ei ole vielä tehty.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='{EditUrl(id)}']"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "plan-current"));
    }

    [Fact]
    public async Task The_edit_form_starts_empty_for_a_first_plan_with_today_three_months_and_full_obligation()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var fields = FormReader.FieldsOf(await client.PageAsync(EditUrl(id)));

        Assert.Equal("0", fields["Input.BasedOnVersion"]);
        Assert.Equal(Iso(TestClients.Today), fields["Input.AgreedOn"]);
        Assert.Equal(Iso(TestClients.Today.AddMonths(3)), fields["Input.NextReviewDate"]);
        Assert.Equal(["4", "4", "4"], Enumerable.Range(0, 3).Select(i => fields[$"Input.Periods[{i}].Jobs"]));
        Assert.Equal(string.Empty, fields["Input.Actions[2].What"]);
        Assert.False(fields.ContainsKey("Input.Actions[3].What"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "plan-form"));
    }

    [Fact]
    public async Task Saving_twice_gives_versions_1_and_2_and_the_compare_page_shows_the_change()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using (var first = await client.PostFormAsync(EditUrl(id), await FormAsync(client, id, f =>
        {
            f["Input.Goals"] = "Työpaikka logistiikasta";
            f["Input.Actions[0].What"] = "Hae trukkikorttikoulutukseen";
            f["Input.Actions[0].ServiceId"] = "1";
            f["Input.Periods[1].Jobs"] = "2";
            f["Input.Periods[1].Reason"] = "Kuntoutusjakso";
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var second = await client.PostFormAsync(EditUrl(id), await FormAsync(client, id, f =>
        {
            Assert.Equal("1", f["Input.BasedOnVersion"]);
            Assert.Equal("Hae trukkikorttikoulutukseen", f["Input.Actions[0].What"]);
            f["Input.Goals"] = "Opiskelupaikka logistiikka-alalta";
            f["Input.Actions[0].Status"] = "Done";
            f["Input.Actions[0].CompletedOn"] = Iso(TestClients.Today);
            f["Input.Actions[1].What"] = "Työkokeilu varastossa";
            f["Input.Actions[1].Responsible"] = "OtherOrganisation";
            f["Input.Actions[1].OrganisationName"] = "Kainuun Logistiikka Oy";
        })))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        await using (var db = app.NewDbContext())
        {
            var versions = await db.EmploymentPlans.Where(p => p.JobSeekerId == id).OrderBy(p => p.Version).ToListAsync();
            Assert.Equal([1, 2], versions.Select(v => v.Version));
            Assert.Equal("Työpaikka logistiikasta", versions[0].Goals);
            Assert.Single(versions[0].Actions);
            Assert.Equal(["Hae trukkikorttikoulutukseen", "Työkokeilu varastossa"], versions[1].Actions.Select(a => a.What));
            Assert.Equal(versions[0].Actions[0].Key, versions[1].Actions[0].Key);
            Assert.Equal("Kuntoutusjakso", versions[1].ObligationPeriods[1].ReducedReason);
        }

        var plan = await client.PageAsync(PlanUrl(id));
        Assert.Contains("Opiskelupaikka logistiikka-alalta", plan.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Työnhakuvalmennus", plan.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, plan.QuerySelectorAll("table[aria-labelledby=versions-title] tbody tr").Length);

        var compare = await client.PageAsync(PlanUrl(id) + "/Compare");
        var deleted = compare.QuerySelectorAll("del").Select(d => d.TextContent).ToList();
        var inserted = compare.QuerySelectorAll("ins").Select(d => d.TextContent).ToList();
        Assert.Contains(deleted, d => d.Contains("Työpaikka logistiikasta", StringComparison.Ordinal));
        Assert.Contains(inserted, i => i.Contains("Opiskelupaikka logistiikka-alalta", StringComparison.Ordinal));
        Assert.Contains(inserted, i => i.Contains("Työkokeilu varastossa", StringComparison.Ordinal));
        Assert.Contains(inserted, i => i.Contains("Toteutunut", StringComparison.Ordinal));
        Assert.Contains("Versio 1 verrattuna versioon 2.", compare.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.Create, recordType: "EmploymentPlan"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "plan-compare 1-2"));
    }

    [Fact]
    public async Task A_removed_action_is_left_out_of_the_new_version_and_empty_rows_are_ignored()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.PostFormAsync(EditUrl(id), await FormAsync(client, id, f => f["Input.Actions[0].Remove"] = "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var current = await db.EmploymentPlans.SingleAsync(p => p.JobSeekerId == id && p.Version == 2);
        Assert.Empty(current.Actions);
    }

    [Fact]
    public async Task Invalid_input_is_explained_per_field_in_Finnish_with_the_input_kept_and_nothing_saved()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(EditUrl(id), await FormAsync(client, id, f =>
        {
            f["Input.Goals"] = " ";
            f["Input.NextReviewDate"] = Iso(TestClients.Today.AddMonths(13));
            f["Input.Periods[2].Jobs"] = "3";
            f["Input.Actions[0].What"] = "Hae töitä";
            f["Input.Actions[0].Status"] = "Done";
            f["Input.Actions[1].Responsible"] = "OtherOrganisation";
            f["Input.Actions[1].DueDate"] = Iso(TestClients.Today);
        }));

        var errors = StaffClient.ErrorMessages(page);
        Assert.Contains("Kirjaa suunnitelman tavoitteet.", errors);
        Assert.Contains("Jakso 3: alle 4 haettavaa työpaikkaa vaatii kirjallisen perustelun.", errors);
        Assert.Contains("Toimenpide 1: anna toteutuneelle toimenpiteelle toteutumispäivä.", errors);
        Assert.Contains("Toimenpide 2: kirjaa, mitä tehdään.", errors);
        Assert.Contains("Toimenpide 2: anna vastuussa olevan organisaation nimi.", errors);
        Assert.Contains(errors, e => e.StartsWith("Anna seuraava tarkistuspäivä", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("#Input_Periods_2__Reason-error"));
        Assert.Contains("Input_Periods_2__Reason-error", page.QuerySelector("textarea[name='Input.Periods[2].Reason']")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        var kept = FormReader.FieldsOf(page);
        Assert.Equal("3", kept["Input.Periods[2].Jobs"]);
        Assert.Equal("Hae töitä", kept["Input.Actions[0].What"]);
        Assert.Equal("Done", kept["Input.Actions[0].Status"]);
        await using var db = app.NewDbContext();
        Assert.False(await db.EmploymentPlans.AnyAsync(p => p.JobSeekerId == id));
    }

    [Fact]
    public async Task A_stale_save_based_on_version_1_when_2_exists_is_refused_with_the_input_kept()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var fields = await FormAsync(client, id, f => f["Input.Goals"] = "Minun tavoitteeni");
        Assert.Equal("1", fields["Input.BasedOnVersion"]);
        await TestPlans.AgreeAsync(app, id, goals: "Toisen ohjaajan tavoitteet", author: "ohjaaja2");

        var page = await client.PostFormExpectingPageAsync(EditUrl(id), fields);

        Assert.Contains(StaffClient.ErrorMessages(page), e => e.StartsWith("Joku muu tallensi suunnitelman sillä välin (nyt versio 2).", StringComparison.Ordinal));
        var kept = FormReader.FieldsOf(page);
        Assert.Equal("Minun tavoitteeni", kept["Input.Goals"]);
        Assert.Equal("2", kept["Input.BasedOnVersion"]);
        await using var db = app.NewDbContext();
        Assert.Equal(2, await db.EmploymentPlans.CountAsync(p => p.JobSeekerId == id));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.ClientId == id && e.Action == AuditAction.Create && e.Outcome == AuditOutcome.Failure));
    }

    [Fact]
    public async Task An_earlier_version_stays_readable_after_a_new_one()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id, goals: "Ensimmäiset tavoitteet");
        await TestPlans.AgreeAsync(app, id, goals: "Toiset tavoitteet");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(PlanUrl(id) + "/Versions/1");

        Assert.Contains("Ensimmäiset tavoitteet", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Toiset tavoitteet", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tämä on aiempi versio 1; nykyinen on versio 2.", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "plan-version"));
        using var missing = await client.GetAsync(PlanUrl(id) + "/Versions/3");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_compare_page_with_a_single_version_says_a_comparison_needs_two()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(PlanUrl(id) + "/Compare");

        Assert.Contains("Vertailuun tarvitaan vähintään kaksi versiota.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "Työllistymissuunnitelma", "Hakuvelvollisuus", "Asiakkaan allekirjoitus")]
    [InlineData("sv", "Sysselsättningsplan", "Sökskyldighet", "Kundens underskrift")]
    public async Task The_plan_prints_in_the_chosen_language_without_the_identity_code_and_printing_is_audited(string lang, string title, string obligation, string signature)
    {
        var (id, code) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(PlanUrl(id) + $"/Versions/1/Print?lang={lang}");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(obligation, headings);
        Assert.Contains(signature, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(code[..6], page.Body.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("nav"));
        await using var db = app.NewDbContext();
        var customerNumber = await db.JobSeekers.Where(j => j.Id == id).Select(j => j.CustomerNumber).SingleAsync();
        Assert.Contains(customerNumber, page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Print, reason: "plan-print-" + lang, recordType: "EmploymentPlan"));
    }

    [Fact]
    public async Task A_Swedish_print_is_Swedish_even_when_the_user_works_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync(PlanUrl(id) + "/Versions/1/Print?lang=sv");

        Assert.Contains("Överenskommen", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sovitut toimenpiteet", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_for_the_plan_pages_and_nothing_is_printed_or_saved()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        await TestPlans.AgreeAsync(app, id);
        using var other = await app.NewClient().SignInAsync("ohjaaja3");

        using var print = await other.GetAsync(PlanUrl(id) + "/Versions/1/Print?lang=fi");
        using var edit = await other.GetAsync(EditUrl(id));

        Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.Print));
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied));
    }

    [Fact]
    public async Task Admin_is_refused_the_plan_pages_and_anonymous_is_sent_to_login()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();

        using var refused = await admin.GetAsync(EditUrl(id));
        using var login = await anonymous.GetAsync(PlanUrl(id));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/Account/Login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
