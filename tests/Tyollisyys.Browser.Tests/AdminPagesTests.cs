using Microsoft.Playwright;
using Tyollisyys.Browser.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Tyollisyys.Browser.Tests;

public sealed class AdminPagesTests(BrowserFixture browser, LiveApp app) : BrowserTest(browser, app)
{
    [Fact]
    public async Task The_admin_reaches_every_admin_page_and_each_passes_the_accessibility_check()
    {
        await SignInAsync("paakayttaja");

        foreach (var (path, heading) in new[]
        {
            ("/Admin", "Ylläpito"),
            ("/Admin/Users", "Käyttäjät"),
            ("/Admin/Users/Create", null),
            ("/Admin/Offices", "Toimipisteet"),
            ("/Admin/Offices/Create", null),
            ("/Admin/Municipalities", "Kunnat"),
            ("/Admin/Municipalities/Create", null),
            ("/Admin/ProcessRules", "Prosessisäännöt"),
            ("/Admin/ProcessRules/Create", null),
            ("/Admin/ProcessRules/Edit/1", null),
            ("/Admin/Services", null),
            ("/Admin/Services/Create", null),
            ("/Admin/CapacityDomains", null),
            ("/Admin/CapacityDomains/Create", null),
            ("/Admin/KuntalisaRules", "Kuntalisäsäännöt"),
            ("/Admin/KuntalisaRules/New", "Lisää sääntöversio"),
            ("/Admin/Appropriations", null),
            ("/Admin/Appropriations/New", "Lisää määräraha"),
            ("/Admin/WorkTrialSettings", "Työkokeilujen asetukset"),
            ("/Admin/WorkTrialSettings/FollowUp", "Muuta seurantasääntöä"),
            ("/Admin/WorkTrialSettings/NewRate", "Lisää uusi määrä"),
            ("/Admin/WorkTrialSettings/RemoveRate/0001-01-01", "Poista voimaan tulematon määrä"),
            ("/Admin/Audit", "Lokitiedot"),
        })
        {
            await GoToAsync(path);
            if (heading is not null)
            {
                await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            }
        }
    }

    [Fact]
    public async Task The_admin_creates_a_user_and_sees_the_temporary_password_once()
    {
        await SignInAsync("paakayttaja");
        await GoToAsync("/Admin/Users/Create");

        await Page.GetByLabel("Käyttäjätunnus").FillAsync("selain.testi");
        await Page.GetByLabel("Nimi", new() { Exact = true }).FillAsync("Selain Testaaja");
        await Page.GetByLabel("Toimipiste").SelectOptionAsync(new SelectOptionValue { Label = "Sotkamon työllisyyspalvelut" });
        await Page.GetByLabel("Työllisyysohjaaja").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lisää käyttäjä" }).ClickAsync();

        await Expect(Page.Locator(".temporary-password")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$"));
        await Axe.AssertAccessibleAsync(Page);
    }
}
