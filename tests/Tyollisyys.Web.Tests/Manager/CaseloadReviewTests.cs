using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Pages.Worklist;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Manager;

public sealed class CaseloadReviewTests(CaseloadDataset data) : IClassFixture<CaseloadDataset>
{
    private const string Url = "/Manager/Caseload";
    private const string ViewsSql = "SELECT count(*) FROM audit_events WHERE record_type = 'CaseloadReview' AND action = 'View'";
    private const string ExportsSql = "SELECT count(*) FROM audit_events WHERE record_type = 'CaseloadReview' AND action = 'Export'";

    [Fact]
    public async Task The_review_counts_each_counsellors_clients_in_the_office_against_its_target()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        var viewsBefore = await data.ScalarAsync<long>(ViewsSql);

        var page = await manager.PageAsync(Url);

        var office = OfficeTable(page);
        Assert.Contains("enintään 3 asiakasta", office.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var anna = Row(office, data.Anna.Name);
        Assert.Equal("4 / 3 yli tavoitteen +1", anna[0]);
        Assert.Equal(await OverdueByCalculatorAsync(data.AnnasClients.Select(c => c.Id)), int.Parse(anna[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["3", "1", "1", "1", "1"], anna[2..]);
        Assert.Equal(["1 / 3", "0", "1", "0", "0", "0", "0"], Row(office, data.Bertta.Name));
        Assert.Equal("1 / 3", Row(office, data.Cecilia.Name)[0]);
        Assert.Contains("ei käytössä", RowHeader(office, data.Cecilia.Name).TextContent, StringComparison.Ordinal);
        var totals = office.QuerySelector("tfoot tr")!.QuerySelectorAll("td").Select(Text).ToList();
        Assert.Equal("6 / 6", totals[0]);
        Assert.Equal(["5", "1", "1", "1", "1"], totals[2..]);
        Assert.Contains("over-target", office.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(data.Anna.Name, StringComparison.Ordinal)).ClassList);
        Assert.Equal(viewsBefore + 1, await data.ScalarAsync<long>(ViewsSql));
    }

    [Fact]
    public async Task The_stored_overdue_count_agrees_with_the_calculator_for_every_demo_counsellor()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        await using var db = data.NewDbContext();
        var today = TestClients.Today;
        var exact = (await ClientDeadlineQuery.ComputeAsync(db, db.JobSeekers, today))
            .GroupBy(c => c.CounsellorId)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Items.Count(i => i.Status == DueItemStatus.Overdue)));
        var aino = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => new { u.Id, u.DisplayName }).SingleAsync();

        var page = await manager.PageAsync(Url);

        var table = page.QuerySelectorAll("table.caseload-review").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Kajaanin", StringComparison.Ordinal));
        Assert.Equal(exact[aino.Id].ToString(System.Globalization.CultureInfo.InvariantCulture), Row(table, aino.DisplayName)[1]);
    }

    [Fact]
    public async Task Every_column_sorts_within_the_office_both_ways()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");

        var descending = OfficeTable(await manager.PageAsync(Url + "?sort=active&desc=true"));
        var ascending = OfficeTable(await manager.PageAsync(Url + "?sort=active"));
        var byName = OfficeTable(await manager.PageAsync(Url + "?desc=true"));

        Assert.Equal([data.Anna.Name, data.Bertta.Name, data.Cecilia.Name], Names(descending));
        Assert.Equal([data.Bertta.Name, data.Cecilia.Name, data.Anna.Name], Names(ascending));
        Assert.Equal([data.Cecilia.Name, data.Bertta.Name, data.Anna.Name], Names(byName));
        Assert.Equal("descending", descending.QuerySelectorAll("thead th")[1].GetAttribute("aria-sort"));
        foreach (var column in new[] { "overdue", "withoutPlan", "longTerm", "typ", "trials", "decisions" })
        {
            Assert.Equal(data.Anna.Name, Names(OfficeTable(await manager.PageAsync($"{Url}?sort={column}&desc=true")))[0]);
        }
    }

    [Fact]
    public async Task Each_counsellor_links_to_their_client_list()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");

        var link = RowHeader(OfficeTable(await manager.PageAsync(Url)), data.Anna.Name).QuerySelector("a")!.GetAttribute("href")!;
        var list = await manager.PageAsync(link);

        Assert.Equal($"/Manager/Caseload/{data.Anna.Id}", link);
        Assert.Equal(4, list.QuerySelectorAll("table.caseload-clients tbody tr").Length);
    }

    [Fact]
    public async Task The_csv_holds_the_same_figures_and_its_export_is_audited()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        var exportsBefore = await data.ScalarAsync<long>(ExportsSql);

        using var response = await manager.GetAsync(Url + "?handler=Csv");
        var rows = await CsvReadBack.RowsOfAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["Toimipiste", "Ohjaaja", "Aktiiviset asiakkaat / tavoite", "Tavoite", "Yli tavoitteen"], rows[0][..5]);
        var anna = rows.Single(r => r[1] == data.Anna.Name);
        Assert.Equal(data.OfficeName, anna[0]);
        Assert.Equal(["4", "3", "Kyllä"], anna[2..5]);
        Assert.Equal(["3", "1", "1", "1", "1"], anna[6..]);
        Assert.Equal(["6", "6", "Ei"], rows.Single(r => r[0] == data.OfficeName && r[1] == "Toimipiste yhteensä")[2..5]);
        Assert.Contains(rows, r => r[1] == $"{data.Cecilia.Name} (ei käytössä)");
        Assert.Equal(exportsBefore + 1, await data.ScalarAsync<long>(ExportsSql));
    }

    [Theory]
    [InlineData("ohjaaja1")]
    [InlineData("paakayttaja")]
    public async Task Counsellors_and_admins_are_refused_the_review_and_the_client_lists(string userName)
    {
        using var user = await data.NewClient().SignInAsync(userName);

        foreach (var url in new[] { Url, Url + "?handler=Csv", $"{Url}/{data.Anna.Id}" })
        {
            using var response = await user.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login()
    {
        using var anonymous = data.NewClient();

        using var response = await anonymous.GetAsync($"{Url}/{data.Anna.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private IElement OfficeTable(IHtmlDocument page) =>
        page.QuerySelectorAll("table.caseload-review").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(data.OfficeName, StringComparison.Ordinal));

    private static IElement RowHeader(IElement table, string name) =>
        table.QuerySelectorAll("tbody th[scope=row]").Single(th => th.TextContent.Contains(name, StringComparison.Ordinal));

    private static string[] Row(IElement table, string name) =>
        [.. RowHeader(table, name).ParentElement!.QuerySelectorAll("td").Select(Text)];

    private static List<string> Names(IElement table) =>
        [.. table.QuerySelectorAll("tbody th[scope=row] a").Select(a => a.TextContent.Trim())];

    private static string Text(IElement cell) => string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<int> OverdueByCalculatorAsync(IEnumerable<long> ids)
    {
        var list = ids.ToList();
        await using var db = data.NewDbContext();
        var deadlines = await ClientDeadlineQuery.ComputeAsync(db, db.JobSeekers.Where(c => list.Contains(c.Id)), TestClients.Today);
        return deadlines.Sum(d => d.Items.Count(i => i.Status == DueItemStatus.Overdue));
    }
}
