using System.Diagnostics;
using Xunit;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Reads a PDF back as text with Debian's pdftotext (poppler-utils), the way a person would read it.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "Not a PDF");
        var file = Path.Combine(Path.GetTempPath(), $"tyollisyys-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)
                ?? throw new InvalidOperationException("pdftotext did not start (apt-get install -y poppler-utils)");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
