using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>
/// The budget page against figures worked out by hand. The class owns a database without the demo decisions, with
/// Kajaani's appropriation of this year set to 50 000 €, and these decisions (each 1 680 €/month for 6 months,
/// 10 080 €): one in payment whose six months are all past, four of them claimed (6 720 € paid, two months overdue);
/// one approved from the first of this month (unclaimed, nothing overdue); one cancelled after approval; one
/// submitted; one draft. Committed 20 160 €, free 29 840 €, 40 % used.
/// </summary>
public sealed class BudgetPageTests : IAsyncLifetime
{
    private const decimal Monthly = 1680m;
    private readonly AppFactory _app = new();
    private int _kajaani;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await TestDecisions.ClearDemoDecisionsAsync(_app);
        await TestDecisions.EnsureRulesAndAppropriationsAsync(_app);
        _kajaani = await _app.MunicipalityIdAsync("205");
        await using (var db = _app.NewDbContext())
        {
            (await db.Appropriations.SingleAsync(a => a.MunicipalityId == _kajaani && a.Year == ThisMonth.Year)).Revise(50_000m);
            await db.SaveChangesAsync();
        }

        // Unemployed long enough that Kajaani's 91 days are met on an application date seven months back.
        var longUnemployed = (await _app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 600 }))[0].Id;
        var inPayment = await TestDecisions.AddAsync(_app, DecisionStage.Approved, longUnemployed, employmentStart: ThisMonth.AddMonths(-6));
        await ClaimAsync(inPayment.Id, 0, 3);
        await ClaimAsync(inPayment.Id, 3, 1);
        await TestDecisions.AddAsync(_app, DecisionStage.Approved, employmentStart: ThisMonth);
        var cancelled = await TestDecisions.AddAsync(_app, DecisionStage.Approved, employmentStart: ThisMonth.AddMonths(1));
        await using (var db = _app.NewDbContext())
        {
            (await db.KuntalisaDecisions.SingleAsync(d => d.Id == cancelled.Id)).Cancel(DateTimeOffset.UtcNow, "Työsuhde ei alkanut.");
            await db.SaveChangesAsync();
        }

        await TestDecisions.AddAsync(_app, DecisionStage.Submitted);
        await TestDecisions.AddAsync(_app, DecisionStage.Draft);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static DateOnly ThisMonth => new(TestClients.Today.Year, TestClients.Today.Month, 1);

    [Fact]
    public async Task The_counsellor_sees_the_hand_computed_figures_of_their_offices_municipality_for_this_year()
    {
        using var counsellor = await _app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/Kuntalisa/Budget");

        Assert.Equal($"Kuntalisän talousarvio: Kajaani {ThisMonth.Year}", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("50 000,00 €", Figure(page, "appropriation"));
        Assert.Equal("20 160,00 €", Figure(page, "committed"));
        Assert.Equal("6 720,00 €", Figure(page, "paid"));
        Assert.Equal("29 840,00 €", Figure(page, "free"));
        Assert.Equal("3 360,00 €", Figure(page, "overdue"));
        var meter = page.QuerySelector("meter#usage")!;
        Assert.Equal((0m, 50_000m, 20_160m), (Number(meter, "min"), Number(meter, "max"), Number(meter, "value")));
        Assert.Equal("40 % määrärahasta on sidottu.", page.QuerySelector("#usage-text")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("label[for='usage']"));
    }

    [Fact]
    public async Task The_forecast_puts_each_unclaimed_future_month_in_the_month_it_ends_and_the_rest_beyond_the_year()
    {
        using var manager = await _app.NewClient().SignInAsync("esihenkilo");

        var page = await manager.PageAsync($"/Kuntalisa/Budget?municipality={_kajaani}&year={ThisMonth.Year}");

        // The decision from the first of this month: its six months end in this month and the five after it.
        var months = Enumerable.Range(0, 6).Select(ThisMonth.AddMonths).ToList();
        var rows = page.QuerySelectorAll("table.budget-forecast tbody tr").ToList();
        Assert.Equal(13 - ThisMonth.Month, rows.Count);
        Assert.Contains("Odotetut maksut kuukausittain", page.QuerySelector("table.budget-forecast caption")!.TextContent, StringComparison.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = months.Any(m => m.Year == ThisMonth.Year && m.Month == ThisMonth.Month + i) ? Monthly : 0m;
            Assert.Equal(Euros(expected), Plain(rows[i].QuerySelector("td")!.TextContent));
        }

        var inThisYear = months.Count(m => m.Year == ThisMonth.Year);
        Assert.Equal(Euros(inThisYear * Monthly), Plain(page.QuerySelector("table.budget-forecast tfoot td")!.TextContent));
        Assert.Equal(Euros((6 - inThisYear) * Monthly), Figure(page, "unscheduled"));
        Assert.Equal(CultureInfo.GetCultureInfo("fi").DateTimeFormat.GetMonthName(ThisMonth.Month) + " " + ThisMonth.Year, rows[0].QuerySelector("th")!.TextContent);
    }

    [Fact]
    public async Task Decisions_are_counted_per_status_with_links_to_the_decision_list()
    {
        using var counsellor = await _app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/Kuntalisa/Budget");

        var counts = page.QuerySelectorAll("table.budget-statuses tbody tr")
            .ToDictionary(r => r.GetAttribute("data-status")!, r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(Enum.GetNames<KuntalisaDecisionStatus>().Order(), counts.Keys.Order());
        Assert.Equal(("1", "1", "1", "1", "1", "0"), (counts["Draft"], counts["Submitted"], counts["Approved"], counts["InPayment"], counts["Cancelled"], counts["Rejected"]));
        var link = page.QuerySelector($"a[href='/Kuntalisa?status=Submitted&municipality={_kajaani}']")!;
        Assert.Equal("Odottaa päätöstä", link.TextContent);
    }

    [Fact]
    public async Task A_year_without_an_appropriation_says_so_and_who_adds_it()
    {
        using var counsellor = await _app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync($"/Kuntalisa/Budget?municipality={_kajaani}&year=2090");

        Assert.Equal("Kunnalla Kajaani ei ole kuntalisämäärärahaa vuodelle 2090.", page.QuerySelector(".no-appropriation h2")!.TextContent);
        Assert.Contains("pääkäyttäjä lisää määrärahan", page.QuerySelector(".no-appropriation p")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("dd.committed"));
        Assert.Null(page.QuerySelector("meter"));
        Assert.NotNull(page.QuerySelector("table.budget-statuses"));
    }

    [Fact]
    public async Task Another_offices_counsellor_starts_from_their_own_municipality_and_may_choose_another()
    {
        using var sotkamo = await _app.NewClient().SignInAsync("ohjaaja3");

        var own = await sotkamo.PageAsync("/Kuntalisa/Budget");
        var kajaani = await sotkamo.PageAsync($"/Kuntalisa/Budget?municipality={_kajaani}");

        Assert.StartsWith("Kuntalisän talousarvio: Sotkamo", own.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("20 160,00 €", Figure(kajaani, "committed"));
        Assert.Equal("Kajaani", kajaani.QuerySelector("#municipality option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Reading_the_budget_writes_no_client_audit_rows()
    {
        await using var db = _app.NewDbContext();
        var before = await db.AuditEvents.CountAsync(e => e.ClientId != null);
        using var counsellor = await _app.NewClient().SignInAsync("ohjaaja1");

        await counsellor.PageAsync("/Kuntalisa/Budget");

        Assert.Equal(before, await db.AuditEvents.CountAsync(e => e.ClientId != null));
    }

    [Fact]
    public async Task Admins_get_403_and_anonymous_visitors_the_login()
    {
        using var admin = await _app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = _app.NewClient();

        using var forbidden = await admin.GetAsync("/Kuntalisa/Budget");
        using var login = await anonymous.GetAsync("/Kuntalisa/Budget");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("/Account/Login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counsellors_and_managers_reach_the_budget_from_the_main_navigation_and_admins_do_not()
    {
        using var counsellor = await _app.NewClient().SignInAsync("ohjaaja2");
        using var admin = await _app.NewClient().SignInAsync("paakayttaja");

        var link = (await counsellor.PageAsync("/")).QuerySelector("nav.main-nav a[href='/Kuntalisa']");
        var adminLink = (await admin.PageAsync("/")).QuerySelector("nav.main-nav a[href='/Kuntalisa']");
        var budgetLink = (await counsellor.PageAsync("/Kuntalisa")).QuerySelector("main a[href='/Kuntalisa/Budget']");

        Assert.Equal("Kuntalisä", link!.TextContent);
        Assert.Null(adminLink);
        Assert.NotNull(budgetLink);
    }

    private static decimal Number(AngleSharp.Dom.IElement element, string attribute) =>
        decimal.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static string Figure(IHtmlDocument page, string name) => Plain(page.QuerySelector($"dd.{name}")!.TextContent);

    private static string Euros(decimal amount) => Plain(Tyollisyys.Web.Infrastructure.Localization.Formats.Euros(amount));

    /// <summary>Records the employer's claim for <paramref name="months"/> subsidy months from month <paramref name="first"/>, received five days after the period.</summary>
    private async Task ClaimAsync(long decisionId, int first, int months)
    {
        await using var db = _app.NewDbContext();
        var decision = await db.KuntalisaDecisions.Include(d => d.Claims).SingleAsync(d => d.Id == decisionId);
        var period = decision.SubsidyPeriod!;
        var end = period.MonthEnd(first + months - 1);
        decision.RecordClaim(period.MonthStart(first), end, end.AddDays(5), TestDecisions.Pay * months, "Myöhässä.", decision.DraftedBy, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }
}
