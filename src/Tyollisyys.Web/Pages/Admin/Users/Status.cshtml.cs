using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Staff;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Users;

/// <summary>Deactivates a user (ending their sessions) or reactivates them, after a confirmation.</summary>
public sealed class StatusModel(
    UserManager<StaffUser> users,
    AppDbContext db,
    AuditLog audit,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public StaffUser Target { get; private set; } = null!;

    /// <summary>What the confirmation asks for; posted back so a repeated POST cannot flip the state twice.</summary>
    [BindProperty]
    public bool Activate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        Target = user;
        Activate = !user.IsActive;
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
        if (user.IsActive == Activate)
        {
            return Done(user);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        IdentityResult result;
        if (Activate)
        {
            user.IsActive = true;
            result = await users.UpdateAsync(user);
        }
        else
        {
            await StaffAccounts.LockAdminChangesAsync(db);
            try
            {
                var isAdmin = await users.IsInRoleAsync(user, Roles.Admin);
                StaffAdministrationRules.EnsureCanDeactivate(
                    User.UserId() ?? Guid.Empty, user.Id, isAdmin, await StaffAccounts.CountActiveAdminsAsync(db));
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(t, ex);
                Activate = false;
                return Page();
            }

            user.IsActive = false;
            // A new security stamp signs the user out everywhere at the next validation (within a minute).
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        audit.Record(AuditAction.Update, "StaffUser", user.Id.ToString(), reason: Activate ? "reactivated" : "deactivated");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Done(user);
    }

    private RedirectToPageResult Done(StaffUser user)
    {
        TempData["Status"] = t[user.IsActive ? "Admin.Users.Reactivated" : "Admin.Users.Deactivated", user.DisplayName].Value;
        return RedirectToPage("/Admin/Users/Index");
    }
}
