namespace Tyollisyys.Web.Infrastructure.Security;

/// <summary>
/// Headers on every response: a CSP with no inline script and no framing, no MIME sniffing, no referrer
/// to other sites. Pages (not static files) are never stored by a browser or proxy: they hold client data.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!IsStaticAsset(context.Request.Path))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static readonly PathString[] StaticFolders = ["/css", "/js", "/lib", "/favicon.ico"];

    private static bool IsStaticAsset(PathString path) =>
        StaticFolders.Any(folder => path.StartsWithSegments(folder, StringComparison.OrdinalIgnoreCase));
}
