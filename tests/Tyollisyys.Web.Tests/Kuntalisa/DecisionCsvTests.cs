using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>The decision list's CSV exports: what the filters select, of the clients the user may see, read back as Excel would.</summary>
public sealed class DecisionCsvTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_decisions_csv_holds_the_filtered_decisions_with_finnish_numbers_and_quoted_names()
    {
        var (decision, employer, client) = await ArrangeAsync();
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync($"/Kuntalisa?handler=Csv&show=all&number={decision.Number}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = await CsvReadBack.RowsOfAsync(response);
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        var row = rows[1];
        string Field(string name) => row[Array.IndexOf(header, name)];
        Assert.Equal(decision.Number, Field("Päätös"));
        Assert.Equal("Maksussa", Field("Tila"));
        Assert.Equal($"{client.LastName}, {client.FirstNames}", Field("Työnhakija"));
        Assert.Equal(client.CustomerNumber, Field("Asiakasnumero"));
        Assert.Equal(employer.Name, Field("Työnantaja"));
        Assert.Contains(";", Field("Työnantaja"), StringComparison.Ordinal);
        Assert.Equal(employer.BusinessId!.Value, Field("Y-tunnus"));
        Assert.Equal("1680,00", Field("Kuukausimäärä €"));
        Assert.Equal("10080,00", Field("Yhteensä"));
        Assert.Equal("1680,00", Field("Maksettu"));
        Assert.Equal("8400,00", Field("Jäljellä €"));
        Assert.Equal("Mikko Esihenkilö", Field("Päättäjä"));
    }

    [Fact]
    public async Task The_payments_csv_has_one_row_per_claim_and_keeps_a_reason_with_a_line_break_and_quotes()
    {
        var (decision, _, client) = await ArrangeAsync();
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync($"/Kuntalisa?handler=PaymentsCsv&show=all&number={decision.Number}");

        var rows = await CsvReadBack.RowsOfAsync(response);
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        string Field(string name) => rows[1][Array.IndexOf(header, name)];
        Assert.Equal(decision.Number, Field("Päätös"));
        Assert.Equal(client.CustomerNumber, Field("Asiakasnumero"));
        Assert.Equal("1,0000", Field("Kuukaudet"));
        Assert.Equal("2400,00", Field("Maksetut palkat €"));
        Assert.Equal("1680,00", Field("Maksettava €"));
        Assert.Equal("1", Field("Myöhässä"));
        Assert.Equal("Posti viivästyi;\n\"kiire\"", Field("Myöhästymisen peruste"));
        Assert.Equal(decision.SubsidyPeriod!.Start.ToString("d.M.yyyy", CultureInfo.InvariantCulture), Field("Jakso alkaa"));
    }

    [Fact]
    public async Task The_exports_honour_the_status_filter_and_cover_every_page_of_the_list()
    {
        var (decision, _, _) = await ArrangeAsync();
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var submitted = await manager.GetAsync($"/Kuntalisa?handler=Csv&show=all&status=Submitted&number={decision.Number}");
        using var inPayment = await manager.GetAsync("/Kuntalisa?handler=Csv&show=all&status=InPayment");

        Assert.Single(await CsvReadBack.RowsOfAsync(submitted));
        var all = await CsvReadBack.RowsOfAsync(inPayment);
        Assert.Contains(all, r => r[0] == decision.Number);
        Assert.All(all.Skip(1), r => Assert.Equal("Maksussa", r[2]));
        await using var db = app.NewDbContext();
        var visibleInPayment = await db.KuntalisaDecisions.CountAsync(d => d.Status == Domain.Kuntalisa.KuntalisaDecisionStatus.InPayment);
        Assert.Equal(visibleInPayment, all.Count - 1);
    }

    [Fact]
    public async Task Another_offices_counsellor_exports_none_of_the_clients_they_may_not_see()
    {
        var (decision, _, _) = await ArrangeAsync();
        using var sotkamo = await app.NewClient().SignInAsync("ohjaaja3");

        using var decisions = await sotkamo.GetAsync($"/Kuntalisa?handler=Csv&show=all&number={decision.Number}");
        using var payments = await sotkamo.GetAsync($"/Kuntalisa?handler=PaymentsCsv&show=all&number={decision.Number}");

        Assert.Single(await CsvReadBack.RowsOfAsync(decisions));
        Assert.Single(await CsvReadBack.RowsOfAsync(payments));
    }

    [Fact]
    public async Task Each_export_is_audited_with_what_was_exported_and_how_many_rows_and_clients()
    {
        var (decision, _, _) = await ArrangeAsync();
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var decisions = await counsellor.GetAsync($"/Kuntalisa?handler=Csv&show=all&number={decision.Number}");
        using var payments = await counsellor.GetAsync($"/Kuntalisa?handler=PaymentsCsv&show=all&number={decision.Number}");

        await using var db = app.NewDbContext();
        var user = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var reasons = await db.AuditEvents.Where(e => e.UserId == user && e.Action == AuditAction.Export && e.RecordType == "KuntalisaDecision")
            .Select(e => e.Reason!).ToListAsync();
        Assert.Contains("kuntalisa-decisions-csv status=all municipality=all search=True rows=1 clients=1", reasons);
        Assert.Contains("kuntalisa-payments-csv status=all municipality=all search=True rows=1 clients=1", reasons);
    }

    [Fact]
    public async Task The_list_links_to_both_exports_with_its_current_filters()
    {
        var (decision, _, _) = await ArrangeAsync();
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync($"/Kuntalisa?show=all&number={decision.Number}");

        var links = page.QuerySelectorAll(".export-links a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, href => Assert.Contains("number=" + decision.Number, href, StringComparison.Ordinal));
        Assert.Contains(links, href => href.Contains("handler=PaymentsCsv", StringComparison.Ordinal));
    }

    private async Task<(Domain.Kuntalisa.KuntalisaDecision Decision, Domain.Employers.Employer Employer, TestClient Client)> ArrangeAsync()
    {
        var clients = await app.AddAsync(new ClientSpec(TestClients.UniqueName("Vienti"), "Veera") { SpellDaysAgo = 300 });
        var employer = await TestHistories.AddAwkwardEmployerAsync(app);
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved, clients[0].Id, employer);
        await TestHistories.AddClaimAsync(app, decision.Id);
        return (decision, employer, clients[0]);
    }
}
