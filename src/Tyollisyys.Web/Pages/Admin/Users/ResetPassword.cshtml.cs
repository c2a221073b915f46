using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Users;

public sealed class ResetPasswordModel(
    UserManager<StaffUser> users,
    AppDbContext db,
    AuditLog audit,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public StaffUser Target { get; private set; } = null!;

    /// <summary>Set after a successful POST: the page shows the new temporary password once.</summary>
    public TemporaryPasswordResult? Reset { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        Target = user;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        Target = user;
        var password = TemporaryPassword.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // ResetPasswordAsync saves the user once, with these and a new security stamp, which ends their sessions.
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? t["Error.Concurrency"]
                : t["Error.Unexpected"]);
            return Page();
        }

        audit.Record(AuditAction.Update, "StaffUser", user.Id.ToString(), reason: "password-reset; unlocked");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Reset = new TemporaryPasswordResult("Admin.Users.PasswordReset", user.DisplayName, user.UserName ?? string.Empty, password);
        return Page();
    }
}
