using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using Xunit.Sdk;

namespace Tyollisyys.Browser.Tests;

/// <summary>The axe check itself: it must fail loudly, or every other test's "accessible" means nothing.</summary>
public sealed class AccessibilityCheckTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task A_serious_problem_fails_the_check_with_rule_help_and_target()
    {
        await GoToAsync("/Account/Login");
        await Page.EvaluateAsync("() => document.querySelector('label[for=Input_UserName]').remove()");

        var failure = await Assert.ThrowsAsync<XunitException>(() => Axe.AssertAccessibleAsync(Page));

        Assert.Contains("[critical] label: Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#Input_UserName", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>The exports' pages: the work-trial list (with rows and empty), and the printed data-subject export in both languages.</summary>
    [Fact]
    public async Task The_work_trial_list_and_the_data_subject_export_pass_the_check()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(_app);
        var organiser = await TestHistories.AddAwkwardEmployerAsync(_app, "Saavutettava");
        await TestHistories.AddStartedTrialAsync(_app, clientId, organiser.Id);
        await _app.AddEntryAsync(clientId, "Saavutettavuustarkistus.", health: true);
        await TestPlans.AgreeAsync(_app, clientId);
        await SignInAsync("ohjaaja1");

        foreach (var path in new[]
        {
            "/WorkTrials",
            "/WorkTrials?organiser=" + Uri.EscapeDataString(organiser.BusinessId!.Value),
            "/WorkTrials?organiser=" + TestClients.UniqueName("Eiole"),
            $"/JobSeekers/{clientId}/DataExport",
            $"/JobSeekers/{clientId}/DataExport?lang=sv",
        })
        {
            await GoToAsync(path);
            await Axe.AssertAccessibleAsync(Page);
        }
    }

    /// <summary>Pages checked with axe on their own, signed in as the user who works on them.</summary>
    [Theory]
    [InlineData("esihenkilo", "/Manager/Kpi")]
    public async Task The_page_has_no_serious_accessibility_problems(string user, string path)
    {
        await SignInAsync(user);

        await GoToAsync(path);
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
