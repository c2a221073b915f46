using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class KuntalisaTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;
    private readonly BrowserFixture _browser = browser;

    [Fact]
    public async Task A_counsellor_drafts_and_submits_a_decision_the_manager_approves_it_and_opens_the_letter()
    {
        await TestDecisions.EnsureRulesAndAppropriationsAsync(_app);
        var clientId = await TestDecisions.AddEligibleClientAsync(_app);
        var employer = await TestDecisions.AddEmployerAsync(_app);
        var today = TestClients.Today;
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);

        await SignInAsync("ohjaaja1");
        await GoToAsync($"/JobSeekers/{clientId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Uusi kuntalisähakemus" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("#Input_EmployerId").SelectOptionAsync(new SelectOptionValue { Value = employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await Page.GetByLabel("Hakemuspäivä").FillAsync(start.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Työsuhde alkaa").FillAsync(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Työsuhde päättyy").FillAsync(start.AddMonths(6).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByLabel("Viikkotyöaika").FillAsync("37,5");
        await Page.GetByLabel("Bruttopalkka kuukaudessa").FillAsync("2 400");
        await Page.GetByLabel("Työehtosopimus").FillAsync("Kaupan alan TES");
        await Page.GetByLabel("Haettu osuus palkasta").FillAsync("70");
        await Page.GetByLabel("Haettu kesto").FillAsync("6");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Luonnos tallennettiin.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Hakemus täyttää säännön kaikki ehdot.");
        await Expect(Page.Locator("main")).ToContainTextAsync("10\u00A0080,00\u00A0€");
        await Axe.AssertAccessibleAsync(Page);
        var decisionUrl = Page.Url;
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lähetä päätettäväksi" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Hakemus lähetettiin esihenkilön päätettäväksi.");

        var manager = await _browser.NewPageAsync(_app);
        await manager.GotoAsync("/Account/Login");
        await manager.GetByLabel("Käyttäjätunnus").FillAsync("esihenkilo");
        await manager.GetByLabel("Salasana").FillAsync(DemoPassword);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await manager.WaitForURLAsync(_app.RootUri.ToString());
        await manager.GotoAsync("/Kuntalisa");
        await Axe.AssertAccessibleAsync(manager);
        await manager.GotoAsync(decisionUrl);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Tee päätös" }).ClickAsync();
        await Axe.AssertAccessibleAsync(manager);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Myönnä" }).ClickAsync();
        await Expect(manager.GetByRole(AriaRole.Status)).ToHaveTextAsync(new Regex(@"Kuntalisä myönnettiin, päätös KL-\d{4}-\d{4}\."));
        var number = Regex.Match(await manager.GetByRole(AriaRole.Status).InnerTextAsync(), @"KL-\d{4}-\d{4}").Value;
        await Axe.AssertAccessibleAsync(manager);

        await manager.GotoAsync(decisionUrl + "/Letter?lang=fi");
        await Expect(manager.Locator("main")).ToContainTextAsync(number);
        await Expect(manager.Locator("main")).ToContainTextAsync("10\u00A0080,00\u00A0€");
        await Axe.AssertAccessibleAsync(manager);
        await manager.Context.CloseAsync();
    }
}
