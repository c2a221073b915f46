using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tyollisyys.Web.Pages;

/// <summary>The one error page: 403, 404, 500 and the rest, with the correlation id for support.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string CorrelationId => HttpContext.TraceIdentifier;

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        Code = exception ? 500 : code is >= 400 and < 600 ? code.Value : reExecuted ? Response.StatusCode : 500;
        Response.StatusCode = Code;
    }

    public string Key => Code switch
    {
        403 => "Error.403",
        404 => "Error.404",
        405 => "Error.404",
        400 => "Error.400",
        503 => "Error.503",
        _ => "Error.500",
    };
}
