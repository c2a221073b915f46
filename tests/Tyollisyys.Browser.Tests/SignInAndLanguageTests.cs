using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class SignInAndLanguageTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Counsellor_signs_in_sees_the_start_page_switches_to_Swedish_and_signs_out()
    {
        await GoToAsync("/");
        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kirjaudu sisään");

        await Page.GetByLabel("Käyttäjätunnus").FillAsync("ohjaaja1");
        await Page.GetByLabel("Salasana").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tervetuloa, Aino Ohjaaja");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Välkommen, Aino Ohjaaja");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "sv");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Du har loggat ut.");
        await Axe.AssertAccessibleAsync(Page);
    }
}
