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

    /// <summary>Pages checked with axe on their own, signed in as the user who works on them.</summary>
    [Theory]
    [InlineData("esihenkilo", "/Manager/Kpi")]
    public async Task The_page_has_no_serious_accessibility_problems(string user, string path)
    {
        await SignInAsync(user);

        await GoToAsync(path);
    }
}
