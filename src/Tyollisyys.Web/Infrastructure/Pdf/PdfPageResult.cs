using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Playwright;

namespace Tyollisyys.Web.Infrastructure.Pdf;

/// <summary>
/// Executes a Razor page into memory and answers with that HTML printed to PDF: the letter's HTML view and its
/// PDF are one view. The print layout inlines its stylesheet when <see cref="InlineStylesKey"/> is set, since
/// the document is rendered with no base address to fetch it from.
/// </summary>
public sealed partial class PdfPageResult(PageResult page, string fileName) : IActionResult
{
    public const string InlineStylesKey = "InlineStyles";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var renderer = http.RequestServices.GetRequiredService<PdfRenderer>();

        var response = http.Response;
        var original = response.Body;
        string html;
        await using (var buffer = new MemoryStream())
        {
            response.Body = buffer;
            try
            {
                await page.ExecuteResultAsync(context);
            }
            finally
            {
                response.Body = original;
            }

            html = Encoding.UTF8.GetString(buffer.ToArray());
        }

        byte[] pdf;
        try
        {
            pdf = await renderer.RenderAsync(html, http.RequestAborted);
        }
        catch (Exception ex) when (ex is PdfUnavailableException or PlaywrightException or TimeoutException)
        {
            // The HTML view still prints from the browser; the error page says so.
            LogFailure(http.RequestServices.GetRequiredService<ILogger<PdfPageResult>>(), ex);
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        response.ContentType = "application/pdf";
        response.ContentLength = pdf.Length;
        response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName, Inline = true }.ToString();
        await response.Body.WriteAsync(pdf, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF rendering failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
