using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages;

/// <summary>Remembers the chosen language in a cookie for a year and returns to the page the user was on.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = SupportedLanguages.CultureFor(culture);
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
