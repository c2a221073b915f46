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
}
