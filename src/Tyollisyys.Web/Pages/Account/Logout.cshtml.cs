using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Account;

/// <summary>GET asks for confirmation; only a POST (with its antiforgery token) signs out.</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signInManager, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAndSaveAsync(AuditAction.Logout, "StaffUser", User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
        await signInManager.SignOutAsync();
        TempData["Status"] = t["Logout.Done"].Value;
        return RedirectToPage("/Account/Login");
    }
}
