using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Tyollisyys.Web.Infrastructure.Pdf;

/// <summary>
/// Turns a finished HTML document into an A4 PDF with one headless Chromium kept for the life of the app
/// (starting one costs about a second; a page in it far less). Letters are rendered from the same Razor view
/// the browser shows, so the paper and the screen cannot disagree.
/// </summary>
public sealed partial class PdfRenderer(IOptions<PdfOptions> options, ILogger<PdfRenderer> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            // The document is self-contained (styles inlined); it has no reason to reach any network.
            JavaScriptEnabled = false,
            Offline = true,
        });
        try
        {
            var page = await context.NewPageAsync();
            var timeout = options.Value.TimeoutSeconds * 1000f;
            page.SetDefaultTimeout(timeout);
            await page.SetContentAsync(html);
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                Margin = new Margin { Top = "20mm", Bottom = "20mm", Left = "20mm", Right = "20mm" },
            });
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _startLock.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            var path = options.Value.ChromiumPath;
            if (!File.Exists(path))
            {
                throw new PdfUnavailableException($"Chromium was not found at {path} (setting Pdf:ChromiumPath; apt-get install -y chromium).");
            }

            _playwright ??= await Playwright.CreateAsync();
            if (_browser is not null)
            {
                LogRestart(logger);
                await _browser.DisposeAsync();
            }

            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                // --no-sandbox: containers run as root. The rest keep Chromium off the network.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            return _browser;
        }
        finally
        {
            _startLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The PDF browser had disconnected; starting a new one")]
    private static partial void LogRestart(ILogger logger);

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _startLock.Dispose();
    }
}

/// <summary>The PDF printer is not installed or did not start; the page says so instead of failing with a 500.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);
