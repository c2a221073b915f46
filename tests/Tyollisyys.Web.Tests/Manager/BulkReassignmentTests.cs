using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Manager;

public sealed class BulkReassignmentTests(CaseloadDataset data) : IClassFixture<CaseloadDataset>
{
    [Fact]
    public async Task The_counsellors_list_shows_their_clients_in_pages_with_a_box_to_tick_for_each()
    {
        var many = await data.AddAsync([.. Enumerable.Range(0, 24).Select(_ => new ClientSpec(TestClients.UniqueName("Sivutus")) { Counsellor = data.Bertta.UserName })]);
        using var manager = await data.NewClient().SignInAsync("esihenkilo");

        var first = await manager.PageAsync(ListUrl(data.Bertta.Id));
        var second = await manager.PageAsync(ListUrl(data.Bertta.Id) + "?p=2");
        var all = await manager.PageAsync(ListUrl(data.Bertta.Id) + "?all=true");

        Assert.Equal(25, first.QuerySelectorAll("table.caseload-clients tbody tr").Length);
        Assert.Single(second.QuerySelectorAll("table.caseload-clients tbody tr"));
        Assert.Contains("Sivu 1 / 2", first.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(first.QuerySelectorAll("input[name=Selected][checked]"));
        Assert.Equal(25, all.QuerySelectorAll("input[name=Selected][checked]").Length);
        var row = first.QuerySelectorAll("table.caseload-clients tbody tr").Single(r => r.TextContent.Contains(data.BerttasClients[0].LastName, StringComparison.Ordinal));
        Assert.Contains(data.BerttasClients[0].CustomerNumber, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Työtön", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ei voimassa olevaa suunnitelmaa", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector("label.visually-hidden"));
        Assert.Equal(24, many.Count);
    }

    [Fact]
    public async Task The_manager_moves_the_chosen_clients_after_confirming_and_each_move_is_audited_with_the_reason()
    {
        var clients = await data.AddAsync(
            new ClientSpec(TestClients.UniqueName("Siirto")) { Counsellor = data.Anna.UserName },
            new ClientSpec(TestClients.UniqueName("Siirto")) { Counsellor = data.Anna.UserName });
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        var saara = await UserIdAsync("ohjaaja3");
        var form = await MoveFormAsync(manager, data.Anna.Id, clients, saara, "Kuormituksen tasaus");

        var confirmation = await manager.PostFormExpectingPageAsync(ListUrl(data.Anna.Id) + "?handler=Review", form, ListUrl(data.Anna.Id));

        Assert.Contains("Siirrä 2 asiakasta", confirmation.QuerySelector("form[action*=Move] button")!.TextContent, StringComparison.Ordinal);
        Assert.All(clients, c => Assert.Contains(c.LastName, confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(data.Anna.Id, await CounsellorOfAsync(clients[0].Id));

        using var moved = await manager.PostFormAsync(ListUrl(data.Anna.Id) + "?handler=Move", FieldsOf(confirmation, "Move"), ListUrl(data.Anna.Id));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        await using var db = data.NewDbContext();
        var sotkamo = await db.Offices.Where(o => o.Name == "Sotkamon työllisyyspalvelut").Select(o => o.Id).SingleAsync();
        foreach (var client in clients)
        {
            var now = await db.JobSeekers.SingleAsync(j => j.Id == client.Id);
            Assert.Equal((saara, sotkamo), (now.CounsellorId, now.OfficeId));
            Assert.Equal(1, await TestClients.AuditCountAsync(data, client.Id, AuditAction.Update, reason: "reassigned: Kuormituksen tasaus"));
        }

        var list = await manager.PageAsync(ListUrl(data.Anna.Id));
        Assert.Contains("2 asiakasta on siirretty ohjaajalle Saara Ohjaaja.", list.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reason_and_at_least_one_client_are_required_and_the_choices_stay_on_the_form()
    {
        var clients = await data.AddAsync(new ClientSpec(TestClients.UniqueName("Syyton")) { Counsellor = data.Anna.UserName });
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        var form = await MoveFormAsync(manager, data.Anna.Id, clients, await UserIdAsync("ohjaaja2"), string.Empty);

        var noReason = await manager.PostFormExpectingPageAsync(ListUrl(data.Anna.Id) + "?handler=Review", form, ListUrl(data.Anna.Id));
        form.Remove("Selected[0]");
        form["Input.Reason"] = "Tasaus";
        var noneChosen = await manager.PostFormExpectingPageAsync(ListUrl(data.Anna.Id) + "?handler=Review", form, ListUrl(data.Anna.Id));

        Assert.Equal(["Kerro siirron syy."], StaffClient.ErrorMessages(noReason));
        Assert.NotNull(noReason.QuerySelector($"input[name=Selected][value='{clients[0].Id}'][checked]"));
        Assert.Equal(["Valitse ainakin yksi siirrettävä asiakas."], StaffClient.ErrorMessages(noneChosen));
        Assert.Equal("Tasaus", noneChosen.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());
        Assert.Equal(data.Anna.Id, await CounsellorOfAsync(clients[0].Id));
    }

    [Fact]
    public async Task A_client_changed_by_someone_else_meanwhile_stops_the_whole_move_and_is_named()
    {
        var clients = await data.AddAsync(
            new ClientSpec(TestClients.UniqueName("Kilpa")) { Counsellor = data.Anna.UserName },
            new ClientSpec(TestClients.UniqueName("Kilpa")) { Counsellor = data.Anna.UserName });
        using var manager = await data.NewClient().SignInAsync("esihenkilo");
        var form = await MoveFormAsync(manager, data.Anna.Id, clients, await UserIdAsync("ohjaaja2"), "Tasaus");
        var confirmation = await manager.PostFormExpectingPageAsync(ListUrl(data.Anna.Id) + "?handler=Review", form, ListUrl(data.Anna.Id));
        await using (var db = data.NewDbContext())
        {
            var other = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.Id == clients[1].Id);
            other.EndCurrentSpell(TestClients.Today, SpellEndReason.OpenMarketJob);
            await db.SaveChangesAsync();
        }

        var refused = await manager.PostFormExpectingPageAsync(ListUrl(data.Anna.Id) + "?handler=Move", FieldsOf(confirmation, "Move"), ListUrl(data.Anna.Id));

        var message = Assert.Single(StaffClient.ErrorMessages(refused));
        Assert.Contains("Ketään ei siirretty", message, StringComparison.Ordinal);
        Assert.Contains(clients[1].LastName, message, StringComparison.Ordinal);
        Assert.DoesNotContain(clients[0].LastName, message, StringComparison.Ordinal);
        Assert.All(clients, c => Assert.Equal(data.Anna.Id, CounsellorOfAsync(c.Id).Result));
        Assert.Equal(0, await TestClients.AuditCountAsync(data, clients[0].Id, AuditAction.Update));
        Assert.Equal(1, await TestClients.AuditCountAsync(data, clients[1].Id, AuditAction.Update, reason: "concurrency-conflict: bulk-reassigned"));
    }

    [Fact]
    public async Task An_unknown_counsellor_answers_404()
    {
        using var manager = await data.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync(ListUrl(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string ListUrl(Guid counsellorId) => $"/Manager/Caseload/{counsellorId}";

    /// <summary>The list page's form as a browser sends it, with the given clients ticked.</summary>
    private static async Task<Dictionary<string, string>> MoveFormAsync(StaffClient manager, Guid counsellorId, IReadOnlyList<TestClient> tick, Guid target, string reason)
    {
        var page = await manager.PageAsync(ListUrl(counsellorId));
        var form = FieldsOf(page, "Review");
        // The ticked boxes, as indexed names: the test client posts one value per name (the page's hidden row versions
        // are already in the form).
        for (var i = 0; i < tick.Count; i++)
        {
            form[$"Selected[{i}]"] = tick[i].Id.ToString(CultureInfo.InvariantCulture);
        }

        form["Input.CounsellorId"] = target.ToString();
        form["Input.Reason"] = reason;
        return form;
    }

    private static Dictionary<string, string> FieldsOf(IHtmlDocument page, string handler)
    {
        var form = page.QuerySelectorAll("form[method=post]").Single(f => f.GetAttribute("action")!.Contains(handler, StringComparison.Ordinal));
        // A name that repeats (the chosen clients) becomes indexed names, which bind to the same list.
        return form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .GroupBy(i => i.GetAttribute("name")!)
            .SelectMany(g => g.Count() == 1
                ? [new KeyValuePair<string, string>(g.Key, g.Single().GetAttribute("value") ?? string.Empty)]
                : g.Select((input, i) => new KeyValuePair<string, string>($"{g.Key}[{i}]", input.GetAttribute("value") ?? string.Empty)))
            .ToDictionary(p => p.Key, p => p.Value);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var db = data.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> CounsellorOfAsync(long clientId)
    {
        await using var db = data.NewDbContext();
        return await db.JobSeekers.Where(j => j.Id == clientId).Select(j => j.CounsellorId).SingleAsync();
    }
}
