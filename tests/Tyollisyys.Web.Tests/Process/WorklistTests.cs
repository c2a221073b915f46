using System.Net;
using AngleSharp.Html.Dom;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Process;

public sealed class WorklistTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_client_without_an_initial_interview_is_overdue_on_the_counsellors_start_page_and_not_on_a_colleagues()
    {
        // 30 days ago: the initial interview (10 working days under the 2026 rules) and the plan are overdue.
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        using var colleague = await app.NewClient().SignInAsync("ohjaaja2");

        var start = await counsellor.PageAsync("/");

        var overdue = Rows(start, "table.worklist-table.overdue").Where(r => r.Contains(client.LastName, StringComparison.Ordinal)).ToList();
        Assert.Contains(overdue, r => r.Contains("Alkuhaastattelu", StringComparison.Ordinal) && r.Contains("Myöhässä", StringComparison.Ordinal));
        Assert.Contains(overdue, r => r.Contains("Työllistymissuunnitelma", StringComparison.Ordinal));
        Assert.Contains("myöhässä", start.QuerySelector(".worklist-counts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(client.LastName, (await colleague.PageAsync("/")).QuerySelector("section.worklist")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interview_due_within_14_days_is_listed_as_due_soon()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 8 }))[0];
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/Worklist");

        var soon = Rows(page, "table.worklist-table.due-soon").Where(r => r.Contains(client.LastName, StringComparison.Ordinal)).ToList();
        Assert.Contains(soon, r => r.Contains("Alkuhaastattelu", StringComparison.Ordinal));
        Assert.DoesNotContain(Rows(page, "table.worklist-table.overdue"), r => r.Contains(client.LastName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_client_without_a_current_job_search_has_no_items()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 60, Status = null }))[0];
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/Worklist");
        var card = await counsellor.PageAsync(TestClients.CardUrl(client.Id));

        Assert.DoesNotContain(client.LastName, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ei määräaikoja", card.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_lists_the_clients_deadlines_with_their_state()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja2");

        var card = await counsellor.PageAsync(TestClients.CardUrl(client.Id));

        var rows = Rows(card, "table[aria-labelledby=deadlines]");
        Assert.Contains(rows, r => r.Contains("Alkuhaastattelu", StringComparison.Ordinal) && r.Contains("Myöhässä", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Työnhakukeskustelu 1", StringComparison.Ordinal) && r.Contains("Tulossa", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_manager_sees_each_counsellors_counts_and_opens_one_counsellors_worklist()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var ohjaaja1 = await app.UserIdAsync("ohjaaja1");

        var team = await manager.PageAsync("/Worklist/Team");

        var row = team.QuerySelectorAll("table.team-table tbody tr").Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/Worklist?counsellor={ohjaaja1}");
        var cells = row.QuerySelectorAll("td").Select(c => int.Parse(c.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(cells[0] >= 1 && cells[1] >= 2, string.Join(",", cells));
        Assert.Contains(team.QuerySelectorAll("table.team-table caption"), c => c.TextContent == AdminSteps.KajaaniOffice);
        var start = await manager.PageAsync("/");
        Assert.Equal("/Worklist/Team", start.QuerySelector("#team-link")!.GetAttribute("href"));
        Assert.Null(start.QuerySelector("section.worklist"));

        var worklist = await manager.PageAsync($"/Worklist?counsellor={ohjaaja1}");

        Assert.Contains(Rows(worklist, "table.worklist-table.overdue"), r => r.Contains(client.LastName, StringComparison.Ordinal));
        Assert.Contains("Työlista:", worklist.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counsellor_cannot_open_a_colleagues_worklist_and_the_denial_is_audited()
    {
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja2");
        var ohjaaja1 = await app.UserIdAsync("ohjaaja1");

        using var response = await counsellor.GetAsync($"/Worklist?counsellor={ohjaaja1}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AuditAction.AccessDenied, (await app.AuditRowsAsync("Worklist", ohjaaja1.ToString())).Last().Action);
        using var team = await counsellor.GetAsync("/Worklist/Team");
        Assert.Equal(HttpStatusCode.Forbidden, team.StatusCode);
    }

    [Fact]
    public async Task An_unknown_counsellor_answers_404_and_each_worklist_view_is_audited()
    {
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var ohjaaja1 = await app.UserIdAsync("ohjaaja1");
        using var unknown = await manager.GetAsync($"/Worklist?counsellor={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var before = (await app.AuditRowsAsync("Worklist", ohjaaja1.ToString())).Count;

        await manager.PageAsync($"/Worklist?counsellor={ohjaaja1}");

        var rows = await app.AuditRowsAsync("Worklist", ohjaaja1.ToString());
        Assert.Equal(before + 1, rows.Count);
        Assert.Equal(AuditAction.View, rows[^1].Action);
    }

    private static List<string> Rows(IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"{table} tbody tr").Select(r => r.TextContent)];
}
