using Tyollisyys.Browser.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Tyollisyys.Browser.Tests;

/// <summary>The axe check itself: it must fail loudly, or every other test's "accessible" means nothing.</summary>
public sealed class AccessibilityCheckTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task A_serious_problem_fails_the_check_with_rule_help_and_target()
    {
        await GoToAsync("/Account/Login");
        await Page.EvaluateAsync("() => document.querySelector('label[for=Input_UserName]').remove()");

        var failure = await Assert.ThrowsAsync<XunitException>(() => Axe.AssertAccessibleAsync(Page));

        Assert.Contains("[critical] label: Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#Input_UserName", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_managers_caseload_review_its_client_list_and_the_move_confirmation_pass_the_check()
    {
        await SignInAsync("esihenkilo");

        await GoToAsync("/Manager/Caseload");
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("table.caseload-review tbody th a").Filter(new() { HasText = "Aino Ohjaaja" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("input[name=Selected]").First.CheckAsync();
        await Page.GetByLabel("Uusi ohjaaja").SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "Eero Ohjaaja (Kajaanin työllisyyspalvelut)" });
        await Page.GetByLabel("Siirron syy").FillAsync("Kuormituksen tasaus");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Siirrä valitut…" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
    }
}
