using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kpi;

public sealed class KpiDashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Cell(IHtmlDocument page, KpiCode kpi, string cell) =>
        Plain(page.QuerySelector($"tr[data-kpi={kpi}] td.{cell}")?.TextContent);

    [Fact]
    public async Task The_dashboard_shows_the_known_figures_of_a_small_dataset_with_their_targets()
    {
        var data = await KpiSteps.BuildAsync(app);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync(KpiSteps.DashboardUrl(data.MunicipalityId));

        // New runs in Q1: passing, activated (ended in services) and the mover (began here before moving): 2 of 3.
        Assert.Equal("66,7 %", Cell(page, KpiCode.NewSpellsPassingThreeMonths, "kpi-value"));
        Assert.Equal("≤ 70 %", Cell(page, KpiCode.NewSpellsPassingThreeMonths, "kpi-target"));
        Assert.Equal("Kyllä", Cell(page, KpiCode.NewSpellsPassingThreeMonths, "kpi-met"));
        // On 31.3.2025: passing, crossing and young unemployed, activated in services; the mover lives in Kajaani.
        Assert.Equal("25 %", Cell(page, KpiCode.ActivationRate, "kpi-value"));
        Assert.Equal("Ei", Cell(page, KpiCode.ActivationRate, "kpi-met"));
        Assert.Equal("0 %", Cell(page, KpiCode.YouthActivationRate, "kpi-value"));
        Assert.Equal("ei tavoitetta", Cell(page, KpiCode.YouthActivationRate, "kpi-target"));
        Assert.Equal("1", Cell(page, KpiCode.LongTermUnemployedAtEnd, "kpi-value"));
        Assert.Equal("1", Cell(page, KpiCode.LongTermUnemployedAverage, "kpi-value"));
        Assert.Equal("1", Cell(page, KpiCode.UnemployedUnder25, "kpi-value"));
        Assert.Equal("33,3 %", Cell(page, KpiCode.InitialInterviewsOnTime, "kpi-value"));
        Assert.Equal("0 %", Cell(page, KpiCode.PlansUpToDate, "kpi-value"));
        Assert.Equal("4", Cell(page, KpiCode.ClientsPerCounsellor, "kpi-value"));
        Assert.Equal("–", Cell(page, KpiCode.KuntalisaAppropriationUsed, "kpi-value"));
        Assert.Equal("0", Cell(page, KpiCode.KuntalisaDecisionsMade, "kpi-value"));
        Assert.Equal("–", Cell(page, KpiCode.WorkTrialPositivePlacement, "kpi-value"));
        Assert.Equal(12, page.QuerySelectorAll("td.kpi-how").Count(td => td.TextContent.Trim().Length > 20));
    }

    [Fact]
    public async Task Each_figure_has_a_trend_chart_of_eight_quarters_with_its_numbers_in_a_table()
    {
        var data = await KpiSteps.BuildAsync(app);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync(KpiSteps.DashboardUrl(data.MunicipalityId));

        var chart = page.QuerySelector("svg#trend-ActivationRate")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains(chart.QuerySelectorAll("circle.point"), c => c.GetAttribute("data-value") == "25");
        Assert.NotNull(chart.QuerySelector("polyline.target"));
        var rows = chart.ParentElement!.QuerySelectorAll("table.kpi-trend-table tbody tr");
        Assert.Equal(8, rows.Length);
        Assert.Equal("Q1/2025", rows[^1].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(12, page.QuerySelectorAll("svg.kpi-chart").Length);
    }

    [Fact]
    public async Task By_default_the_dashboard_shows_this_year_for_the_first_municipality_of_the_area()
    {
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync("/Manager/Kpi");

        Assert.Equal($"KPI-mittarit: Kajaani, {TestClients.Today.Year}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(12, page.QuerySelectorAll("table.kpi-table tbody tr").Length);
    }

    [Fact]
    public async Task An_unknown_or_future_period_falls_back_to_this_year()
    {
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var future = await manager.PageAsync($"/Manager/Kpi?period={TestClients.Today.Year + 1}");
        var nonsense = await manager.PageAsync("/Manager/Kpi?period=2025-Q9&municipality=-1");

        Assert.EndsWith(TestClients.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), future.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith(TestClients.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), nonsense.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clients_behind_a_figure_are_listed_and_the_mover_counts_where_they_lived_and_the_view_is_audited()
    {
        var data = await KpiSteps.BuildAsync(app);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var runs = await manager.PageAsync(KpiSteps.ClientsUrl(data.MunicipalityId, KpiCode.NewSpellsPassingThreeMonths));
        var activation = await manager.PageAsync(KpiSteps.ClientsUrl(data.MunicipalityId, KpiCode.ActivationRate));

        Assert.Equal(
            new[] { data.Passing, data.Activated, data.Mover }.Order(),
            IdsOf(runs).Order());
        Assert.Equal(new[] { data.Passing, data.Activated, data.Crossing, data.Young }.Order(), IdsOf(activation).Order());
        var hit = activation.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/JobSeekers/{data.Activated}");
        Assert.Equal("Kyllä", hit.QuerySelector("td.kpi-hit")!.TextContent.Trim());
        await using var db = app.NewDbContext();
        var audit = await db.AuditEvents.Where(e => e.RecordType == "KpiClients").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(AuditAction.View, audit[^1].Action);
        Assert.Equal($"kpi=ActivationRate; municipality={data.MunicipalityId}; period=2025-Q1; page=1; hits=4", audit[^1].Reason);
    }

    [Fact]
    public async Task An_unknown_figure_answers_404()
    {
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync("/Manager/Kpi/Clients?kpi=Nonsense");
        using var number = await manager.GetAsync("/Manager/Kpi/Clients?kpi=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, number.StatusCode);
    }

    [Fact]
    public async Task The_csv_of_the_table_reads_back_with_Finnish_decimals_and_the_export_is_audited()
    {
        var data = await KpiSteps.BuildAsync(app);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync(KpiSteps.DashboardUrl(data.MunicipalityId) + "&handler=Csv");
        var rows = await CsvReadBack.RowsOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Kunta", "Jakso", "Mittari", "Arvo", "Tavoite", "Tavoite saavutettu"], rows[0]);
        Assert.Equal(13, rows.Count);
        var runs = rows.Single(r => r[2] == "Yli 3 kk kestäneet uudet työttömyysjaksot");
        Assert.Equal(["Q1/2025", "66,7", "70", "Kyllä"], runs[1..2].Concat(runs[3..]));
        Assert.StartsWith("Mittarikunta", runs[0], StringComparison.Ordinal);
        Assert.Equal(["25", "50", "Ei"], rows.Single(r => r[2] == "Aktivointiaste")[3..]);
        await using var db = app.NewDbContext();
        var export = await db.AuditEvents.SingleAsync(e => e.RecordType == "KpiTable");
        Assert.Equal(AuditAction.Export, export.Action);
        Assert.Equal($"municipality={data.MunicipalityId}; period=2025-Q1; figures=12", export.Reason);
    }

    [Theory]
    [InlineData("ohjaaja1", "/Manager/Kpi")]
    [InlineData("paakayttaja", "/Manager/Kpi")]
    [InlineData("ohjaaja1", "/Manager/Kpi/Clients?kpi=ActivationRate")]
    [InlineData("paakayttaja", "/Manager/Kpi?handler=Csv")]
    public async Task Counsellors_and_admins_get_403_from_the_managers_pages(string user, string url)
    {
        using var client = await app.NewClient().SignInAsync(user);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var anonymous = app.NewClient();

        using var response = await anonymous.GetAsync("/Manager/Kpi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<long> IdsOf(IHtmlDocument page) =>
        page.QuerySelectorAll("table.kpi-clients tbody th a")
            .Select(a => long.Parse(a.GetAttribute("href")!["/JobSeekers/".Length..], System.Globalization.CultureInfo.InvariantCulture));
}
