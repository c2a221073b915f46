namespace Tyollisyys.Web.Infrastructure.Pdf;

/// <summary>Where the headless Chromium that prints letters lives (section "Pdf").</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Debian's chromium; Playwright's own browser download is not used.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How long one rendering may take before the request gets a clear error.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
