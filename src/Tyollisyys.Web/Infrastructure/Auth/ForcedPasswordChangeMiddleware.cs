namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>A user signed in with a temporary password may only change it or sign out.</summary>
public sealed class ForcedPasswordChangeMiddleware(RequestDelegate next)
{
    private static readonly PathString[] Allowed =
    [
        "/Account/ChangePassword", "/Account/Logout", "/Language", "/Error", "/health", "/css", "/js", "/lib",
    ];

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.MustChangePassword()
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/Account/ChangePassword");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
