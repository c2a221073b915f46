using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class ClientWorkTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task A_counsellor_searches_opens_a_client_and_edits_the_phone_number()
    {
        var surname = TestClients.UniqueName("Selain");
        await _app.AddAsync(new ClientSpec(surname, "Eveliina") { Counsellor = "ohjaaja1" });
        await SignInAsync("ohjaaja1");

        await Page.GetByLabel("Hae asiakasta").FillAsync(surname[..9].ToLowerInvariant());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hae", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(surname) })).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(surname) }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(surname);
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Muokkaa tietoja" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.GetByLabel("Puhelin").FillAsync("044 987 6543");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asiakkaan tiedot on tallennettu.");
        await Expect(Page.GetByText("044 987 6543")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);
    }

    [Fact]
    public async Task The_journal_plan_assessment_and_worklist_pages_of_a_demo_client_pass_the_accessibility_check()
    {
        // A demo client of ohjaaja1 with plan versions, journal entries and assessments.
        long id;
        await using (var db = _app.NewDbContext())
        {
            var ohjaaja1 = db.Users.Single(u => u.UserName == "ohjaaja1").Id;
            id = db.EmploymentPlans
                .Where(p => p.Version >= 2 && db.JobSeekers.Any(j => j.Id == p.JobSeekerId && j.CounsellorId == ohjaaja1))
                .Where(p => db.CapacityAssessments.Any(a => a.JobSeekerId == p.JobSeekerId))
                .Select(p => p.JobSeekerId)
                .First();
        }

        await SignInAsync("ohjaaja1");
        var entry = await _app.AddEntryAsync(id, "Saavutettavuustarkistus.");
        foreach (var path in new[]
        {
            $"/JobSeekers/{id}",
            $"/JobSeekers/{id}/Journal",
            $"/JobSeekers/{id}/Journal/New",
            $"/JobSeekers/{id}/Journal/{entry.Id}",
            $"/JobSeekers/{id}/Journal/{entry.Id}/Correct",
            $"/JobSeekers/{id}/Plan",
            $"/JobSeekers/{id}/Plan/Edit",
            $"/JobSeekers/{id}/Plan/Versions/1",
            $"/JobSeekers/{id}/Plan/Compare",
            $"/JobSeekers/{id}/Plan/Versions/1/Print?lang=sv",
            $"/JobSeekers/{id}/Capacity",
            $"/JobSeekers/{id}/Capacity/New",
            "/Worklist",
        })
        {
            await GoToAsync(path);
        }

        await Page.Context.ClearCookiesAsync();
        await SignInAsync("esihenkilo");
        await GoToAsync("/Worklist/Team");
    }
}
