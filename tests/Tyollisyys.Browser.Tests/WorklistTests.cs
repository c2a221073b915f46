using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class WorklistTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task A_counsellor_records_an_initial_interview_and_a_plan_and_the_worklist_items_disappear()
    {
        var surname = TestClients.UniqueName("Tyolista");
        await _app.AddAsync(new ClientSpec(surname, "Veikko") { Counsellor = "ohjaaja1", SpellDaysAgo = 30 });
        await SignInAsync("ohjaaja1");

        var overdue = Page.Locator("table.worklist-table.overdue tbody tr").Filter(new() { HasText = surname });
        await Expect(overdue.Filter(new() { HasText = "Alkuhaastattelu" })).ToHaveCountAsync(1);
        await Expect(overdue.Filter(new() { HasText = "Työllistymissuunnitelma" })).ToHaveCountAsync(1);
        await Axe.AssertAccessibleAsync(Page);

        await overdue.First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(surname) }).ClickAsync();
        await Expect(Page.Locator("table.deadlines").First).ToContainTextAsync("Alkuhaastattelu");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Uusi merkintä" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.GetByLabel("Tyyppi").SelectOptionAsync(new SelectOptionValue { Label = "Alkuhaastattelu" });
        await Page.GetByLabel("Paikan päällä").CheckAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Merkintä") }).FillAsync("Alkuhaastattelu: työhistoria ja tavoitteet käyty läpi.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna merkintä" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Merkintä on tallennettu.");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Murupolku" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex(surname) }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tee suunnitelma" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.GetByLabel("Tavoitteet").FillAsync("Kokoaikainen työ logistiikka-alalta.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna sovittu suunnitelma" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Suunnitelma tallennettiin versiona 1.");

        await Page.GotoAsync("/");
        await Expect(Page.Locator("section.worklist[aria-labelledby=today-heading]")).ToBeVisibleAsync();
        await Expect(overdue).ToHaveCountAsync(0);
        await Axe.AssertAccessibleAsync(Page);
    }
}
