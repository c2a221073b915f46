using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class KeyboardTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task Login_form_can_be_filled_and_sent_with_the_keyboard_alone()
    {
        await GoToAsync("/Account/Login");

        // The user name field has autofocus.
        await Expect(Page.GetByLabel("Käyttäjätunnus")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("ohjaaja2");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Salasana")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoPassword);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Tervetuloa, "));
        await Axe.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content()
    {
        await SignInAsync("ohjaaja1");
        // Start from a fresh load of the page so focus is at the top of the document.
        await GoToAsync("/");

        await Page.Keyboard.PressAsync("Tab");
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Siirry sisältöön" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeVisibleAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("main")).ToBeFocusedAsync();
    }
}
