using System.Globalization;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Browser.Tests;

public sealed class KuntalisaLetterTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task The_decision_letter_in_finnish_and_swedish_passes_the_accessibility_check()
    {
        var decision = await TestDecisions.AddAsync(_app, DecisionStage.Approved);
        var letter = string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{decision.JobSeekerId}/Kuntalisa/{decision.Id}/Letter");

        await SignInAsync("ohjaaja1");
        await GoToAsync(letter + "?lang=fi");
        await GoToAsync(letter + "?lang=sv");
    }

    [Fact]
    public async Task The_decision_its_payment_pages_the_list_and_the_budget_pass_the_accessibility_check()
    {
        var decision = await TestDecisions.AddAsync(_app, DecisionStage.Approved);
        var path = string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{decision.JobSeekerId}/Kuntalisa/{decision.Id}");

        await SignInAsync("esihenkilo");
        foreach (var page in new[] { path, path + "/Claims/New", path + "/EndEarly", path + "/Cancel", path + "/Close", "/Kuntalisa", "/Kuntalisa?show=all", "/Kuntalisa/Budget" })
        {
            await GoToAsync(page);
        }
    }
}
