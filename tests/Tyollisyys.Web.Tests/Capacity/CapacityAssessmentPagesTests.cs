using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Capacity;
using Tyollisyys.Web.Tests.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Capacity;

public sealed class CapacityAssessmentPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] SeededDomains =
        ["Fyysinen toimintakyky", "Psyykkinen toimintakyky", "Sosiaalinen toimintakyky", "Työelämävalmiudet", "Elämänhallinta"];

    private static string IndexUrl(long id) => TestClients.CardUrl(id) + "/Capacity";

    private static string NewUrl(long id) => IndexUrl(id) + "/New";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The new-assessment form as loaded, with ratings (by domain position) and observations filled in.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(StaffClient client, long id, DateOnly date, params (int Row, string Rating, string Observation)[] ratings)
    {
        var fields = EditClientTests.FieldsOf(await client.PageAsync(NewUrl(id)));
        fields["Input.AssessedOn"] = Iso(date);
        foreach (var (row, rating, observation) in ratings)
        {
            fields[$"Input.Ratings[{row}].Rating"] = rating;
            fields[$"Input.Ratings[{row}].Observation"] = observation;
        }

        return fields;
    }

    [Fact]
    public async Task The_form_has_a_fieldset_for_each_active_domain_in_order_with_ratings_1_to_5_and_not_assessed()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja2");

        var form = await client.PageAsync(NewUrl(id));

        Assert.Equal(SeededDomains, form.QuerySelectorAll("fieldset.capacity-domain legend").Select(l => l.TextContent.Trim()));
        var first = form.QuerySelectorAll("fieldset.capacity-domain")[0];
        Assert.Equal(["Ei arvioitu", "1", "2", "3", "4", "5"], first.QuerySelectorAll(".rating-choices label").Select(l => l.TextContent.Trim()));
        Assert.Equal(Iso(TestClients.Today), form.QuerySelector("#Input_AssessedOn")!.GetAttribute("value"));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "capacity-form"));
    }

    [Fact]
    public async Task An_empty_history_says_so()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        var page = await client.PageAsync(IndexUrl(id));

        Assert.Equal("Asiakkaalle ei ole vielä tehty toimintakyvyn arviota.", page.QuerySelector(".empty-state")!.TextContent.Trim());
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "capacity"));
    }

    [Fact]
    public async Task Two_assessments_show_as_a_table_of_domains_by_date_with_the_change_and_the_observations()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var start = TestClients.Today.AddDays(-90);
        var now = TestClients.Today;

        using (var first = await client.PostFormAsync(NewUrl(id), await FormAsync(client, id, start, (0, "2", "Selkäkipuja."), (1, "3", ""), (3, "4", ""))))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Equal(IndexUrl(id), first.Headers.Location!.OriginalString);
        }

        var second = await FormAsync(client, id, now, (0, "4", "Kuntoutus auttoi."), (1, "3", ""), (3, "2", ""), (4, "5", ""));
        second["Input.Summary"] = "Loppuarvio.";
        using (var response = await client.PostFormAsync(NewUrl(id), second))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var page = await client.PageAsync(IndexUrl(id));
        Assert.Equal("Arvio on tallennettu.", page.QuerySelector(".status-message")!.TextContent.Trim());
        var headers = page.QuerySelectorAll("table.capacity thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Osa-alue", start.ToString("d.M.yyyy", CultureInfo.InvariantCulture), now.ToString("d.M.yyyy", CultureInfo.InvariantCulture), "Muutos"], headers);
        var rows = page.QuerySelectorAll("table.capacity tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Fyysinen toimintakyky", "2", "4", "parantunut 2 → 4 (+2)"], rows[0]);
        Assert.Equal(["Psyykkinen toimintakyky", "3", "3", "ennallaan 3 → 3 (±0)"], rows[1]);
        Assert.Equal(["Työelämävalmiudet", "4", "2", "heikentynyt 4 → 2 (−2)"], rows[2]);
        Assert.Equal(["Elämänhallinta", "–", "5", "–"], rows[3]);
        Assert.Equal(4, rows.Count); // social was never rated
        var sections = page.QuerySelectorAll("section.assessment").Select(s => s.TextContent).ToList();
        Assert.Contains("Loppuarvio.", sections[0], StringComparison.Ordinal);
        Assert.Contains("Kuntoutus auttoi.", sections[0], StringComparison.Ordinal);
        Assert.Contains("Aino Ohjaaja", sections[0], StringComparison.Ordinal);
        Assert.Contains("Selkäkipuja.", sections[1], StringComparison.Ordinal);

        await using var db = app.NewDbContext();
        var saved = await db.CapacityAssessments.Include(a => a.Ratings).Where(a => a.JobSeekerId == id).OrderBy(a => a.AssessedOn).ToListAsync();
        Assert.Equal([3, 4], saved.Select(a => a.Ratings.Count));
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.Create, recordType: "CapacityAssessment"));

        var card = await CapacityQueries.LatestAsync(db, id);
        Assert.Equal(now, card.LatestAssessedOn);
        Assert.Equal(2, card.AssessmentCount);
        Assert.Equal(["Fyysinen toimintakyky", "Psyykkinen toimintakyky", "Työelämävalmiudet", "Elämänhallinta"], card.Rows.Select(r => r.DomainName));
        Assert.Equal(2, card.Rows[0].Change!.Difference);
        Assert.Null(card.Rows[3].Change);
    }

    [Fact]
    public async Task An_assessment_without_any_rating_is_refused_in_Finnish()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(NewUrl(id), await FormAsync(client, id, TestClients.Today));

        Assert.Equal(["Arvioi vähintään yksi osa-alue."], StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        Assert.False(await db.CapacityAssessments.AnyAsync(a => a.JobSeekerId == id));
    }

    [Fact]
    public async Task An_observation_without_a_rating_and_a_future_date_are_refused_naming_the_domain_and_the_input_is_kept()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var form = await FormAsync(client, id, TestClients.Today.AddDays(1), (0, "3", "Hyvä kunto."), (2, "", "Ei tavattu ryhmässä."));

        var page = await client.PostFormExpectingPageAsync(NewUrl(id), form);

        Assert.Equal(
            ["Arvioinnin päivämäärä ei voi olla tulevaisuudessa.", "Sosiaalinen toimintakyky: kirjoitit havainnon, mutta et valinnut arviota. Valitse arvio tai poista havainto."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("checked", page.QuerySelector("#rating-0-3")!.GetAttribute("checked"));
        Assert.Equal("Ei tavattu ryhmässä.", page.QuerySelector("#Input_Ratings\\[2\\]_Observation")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("a[href='#Input_Ratings[2]_Rating']"));
        Assert.NotNull(page.QuerySelector("#Input_Ratings\\[2\\]_Rating"));
    }

    [Fact]
    public async Task A_rating_outside_1_to_5_is_refused_naming_the_domain()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PostFormExpectingPageAsync(NewUrl(id), await FormAsync(client, id, TestClients.Today, (1, "7", "")));

        Assert.Equal(["Psyykkinen toimintakyky: valitse arvio 1–5 tai ”Ei arvioitu”."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task A_counsellor_of_another_office_gets_404_and_the_attempt_is_audited()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja3");

        using var list = await client.GetAsync(IndexUrl(id));
        using var form = await client.GetAsync(NewUrl(id));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (list.StatusCode, form.StatusCode));
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied));
    }
}
