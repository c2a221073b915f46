using Microsoft.Playwright;
using Xunit;

namespace Tyollisyys.Browser.Tests.Support;

/// <summary>One headless Debian Chromium for the whole test run; each test gets a fresh context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium");
        }

        // Two cores, shared with the other test projects: give pages and assertions room before failing.
        Assertions.SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Playwright's own browser download is impossible here; Debian's chromium is used instead.
            ExecutablePath = ChromiumPath,
            Headless = true,
            // --no-sandbox: the tests may run as root. The rest keep Chromium off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new, cookie-free browser context on <paramref name="app"/>, and a page in it.</summary>
    public async Task<IPage> NewPageAsync(LiveApp app)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.RootUri.ToString(),
            // The app's certificate is a throwaway self-signed one (see LiveApp).
            IgnoreHTTPSErrors = true,
            Locale = "fi-FI",
        });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
