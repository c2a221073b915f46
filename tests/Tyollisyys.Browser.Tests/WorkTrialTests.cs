using System.Globalization;
using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class WorkTrialTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    private readonly LiveApp _app = app;

    [Fact]
    public async Task A_counsellor_creates_signs_and_starts_a_work_trial()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(_app);
        var organiser = await TestDecisions.AddEmployerAsync(_app);
        var today = TestClients.Today;

        await SignInAsync("ohjaaja1");
        await GoToAsync($"/JobSeekers/{clientId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Uusi työkokeilusopimus" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("#Input_OrganiserId").SelectOptionAsync(new SelectOptionValue { Value = organiser.Id.ToString(CultureInfo.InvariantCulture) });
        await Page.Locator("#Input_SupervisorName").FillAsync("Sari Ohjaaja");
        await Page.Locator("#Input_Goal").SelectOptionAsync(new SelectOptionValue { Label = "Työhön paluu" });
        await Page.Locator("#Input_Tasks").FillAsync("Varastotyöt ja keräily");
        await Page.Locator("#Input_StartDate").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.Locator("#Input_EndDate").FillAsync(today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna sopimusluonnos" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Työkokeilusopimus tallennettiin luonnoksena.");
        await Axe.AssertAccessibleAsync(Page);

        foreach (var party in new[] { "Työnhakija", "Ohjaaja", "Järjestäjä" })
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = $"Kirjaa allekirjoitus ({party})" }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Allekirjoitus kirjattiin.");
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Aloita työkokeilu" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Työkokeilu alkoi.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Käynnissä");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Näytä päivät" }).ClickAsync();
        await Page.GetByLabel(today.ToString("d.M.yyyy", CultureInfo.InvariantCulture)).CheckAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna läsnäolo" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Läsnäolo tallennettiin.");
    }

    [Fact]
    public async Task An_ended_trial_and_its_statement_in_finnish_and_swedish_pass_the_accessibility_check()
    {
        var trial = await TestWorkTrials.AddEndedAsync(_app);
        var path = string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{trial.JobSeekerId}/WorkTrials/{trial.Id}");

        await SignInAsync("ohjaaja1");
        await GoToAsync(path);
        await GoToAsync(path + "/Statement?lang=fi");
        await GoToAsync(path + "/Statement?lang=sv");
    }

    [Fact]
    public async Task The_edit_form_of_a_draft_passes_the_accessibility_check_also_with_errors_shown()
    {
        var trial = await TestWorkTrials.AddAsync(_app);
        var path = string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{trial.JobSeekerId}/WorkTrials/{trial.Id}");

        await SignInAsync("ohjaaja1");
        await GoToAsync(path);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Muokkaa sopimusta" }).ClickAsync();
        await Axe.AssertAccessibleAsync(Page);
        await Page.Locator("#Input_DaysPerWeek").FillAsync("6");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Tallenna", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".error-summary")).ToContainTextAsync("Päiviä viikossa on 1–5.");
        await Axe.AssertAccessibleAsync(Page);
    }
}
