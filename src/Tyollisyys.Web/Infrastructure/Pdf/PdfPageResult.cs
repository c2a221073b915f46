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
/// <remarks>
/// It is itself a <see cref="PageResult"/>: Razor Pages gives a handler's result the page instance and its view
/// data only when the result is one, so a wrapper around <c>Page()</c> would execute a page that was never created.
/// </remarks>
public sealed partial class PdfPageResult : PageResult
{
    public const string InlineStylesKey = "InlineStyles";

    private readonly string _fileName;

    /// <param name="page">The handler's <c>Page()</c>; what it says of the page (view data, status) carries over.</param>
    /// <param name="fileName">The PDF's name as the browser offers to save it.</param>
    public PdfPageResult(PageResult page, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        Page = page.Page;
        ViewData = page.ViewData;
        ContentType = page.ContentType;
        StatusCode = page.StatusCode;
        _fileName = fileName;
    }

    public override async Task ExecuteResultAsync(ActionContext context)
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
                await base.ExecuteResultAsync(context);
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
        response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = _fileName, Inline = true }.ToString();
        await response.Body.WriteAsync(pdf, http.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF rendering failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
