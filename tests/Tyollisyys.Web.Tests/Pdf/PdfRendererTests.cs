using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Infrastructure.Pdf;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Pdf;

public sealed class PdfRendererTests
{
    [Fact]
    public async Task Html_with_finnish_and_swedish_letters_comes_back_from_the_pdf_as_the_same_text()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions()), NullLogger<PdfRenderer>.Instance);

        var pdf = await renderer.RenderAsync(
            "<!DOCTYPE html><html lang=\"sv\"><body><h1>Beslut om kommuntillägg</h1><p>KL-2026-0042 · 10 080,00 € · Kajaani, Åke Öström</p></body></html>",
            CancellationToken.None);

        var text = await PdfText.ExtractAsync(pdf);
        Assert.Contains("Beslut om kommuntillägg", text, StringComparison.Ordinal);
        Assert.Contains("KL-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("10 080,00 €", text, StringComparison.Ordinal);
        Assert.Contains("Åke Öström", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_chromium_is_reported_as_unavailable_rather_than_crashing()
    {
        await using var renderer = new PdfRenderer(
            Options.Create(new PdfOptions { ChromiumPath = "/nonexistent/chromium" }),
            NullLogger<PdfRenderer>.Instance);

        await Assert.ThrowsAsync<PdfUnavailableException>(() => renderer.RenderAsync("<p>x</p>", CancellationToken.None));
    }
}
