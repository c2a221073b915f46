using System.Globalization;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Kpi;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class KpiDashboardTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task The_manager_opens_the_dashboard_chooses_a_municipality_and_quarter_and_the_trend_charts_render()
    {
        var data = await KpiSteps.BuildAsync(_app);

        await SignInAsync("esihenkilo");
        await GoToAsync("/Manager/Kpi");
        await Page.GetByLabel("Kunta", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = data.MunicipalityId.ToString(CultureInfo.InvariantCulture) });
        await Page.GetByLabel("Jakso", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = KpiSteps.Period });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Näytä" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToContainTextAsync("Q1/2025");
        await Axe.AssertAccessibleAsync(Page);
        var chart = Page.Locator("svg#trend-ActivationRate");
        await Expect(chart).ToBeVisibleAsync();
        // Eight quarters from Q2/2023; the municipality's first client (unemployed from 1.1.2024) gives the last five a figure.
        await Expect(chart.Locator("circle.point")).ToHaveCountAsync(5);
        await Expect(chart.Locator("circle.point[data-value='25']")).ToHaveCountAsync(1);
        await Expect(chart.Locator("polyline.target")).ToHaveCountAsync(1);
        await Expect(Page.Locator("svg.kpi-chart")).ToHaveCountAsync(12);
        await Expect(Page.Locator("tr[data-kpi=ActivationRate] td.kpi-value")).ToHaveTextAsync("25\u00A0%");
    }
}
