using Microsoft.Playwright;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Browser.Tests.Support;

/// <summary>
/// Base for browser test classes: the shared browser, this class's live app, and a fresh page (in its
/// own context, so no cookies carry over) for each test.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>, IAsyncLifetime
{
    public const string DemoPassword = StaffClient.DemoPassword;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await browser.NewPageAsync(app);

    public Task DisposeAsync() => Page.Context.CloseAsync();

    /// <summary>Opens a page and checks it with axe: every page a browser test visits is checked.</summary>
    protected async Task GoToAsync(string path)
    {
        await Page.GotoAsync(path);
        await Axe.AssertAccessibleAsync(Page);
    }

    /// <summary>Signs in through the login form, as a person would, and lands on the start page.</summary>
    protected async Task SignInAsync(string userName)
    {
        await GoToAsync("/Account/Login");
        await Page.GetByLabel("Käyttäjätunnus").FillAsync(userName);
        await Page.GetByLabel("Salasana").FillAsync(DemoPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Kirjaudu", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(app.RootUri.ToString());
        await Axe.AssertAccessibleAsync(Page);
    }
}
