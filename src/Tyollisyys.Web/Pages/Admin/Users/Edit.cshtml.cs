using FluentValidation;
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
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Users;

public sealed class EditModel(
    UserManager<StaffUser> users,
    AppDbContext db,
    AuditLog audit,
    IValidator<EditModel.StaffChanges> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public StaffChanges Input { get; set; } = new();

    public string UserName { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }

        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (Input.OfficeId is { } officeId && !await StaffAccounts.IsSelectableOfficeAsync(db, officeId, user.OfficeId))
        {
            ModelState.AddModelError("Input.OfficeId", t["Admin.Users.OfficeRequired"]);
            valid = false;
        }

        if (!valid)
        {
            await LoadAsync(user);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await StaffAccounts.LockAdminChangesAsync(db);
        var before = (await users.GetRolesAsync(user)).ToHashSet();
        var after = Roles.All.Where(Input.Roles.Contains).ToHashSet();
        if (before.Contains(Roles.Admin) && !after.Contains(Roles.Admin))
        {
            try
            {
                StaffAdministrationRules.EnsureCanRemoveAdminRole(user.IsActive, await StaffAccounts.CountActiveAdminsAsync(db));
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainError(t, ex, "Input.Roles");
                await LoadAsync(user);
                return Page();
            }
        }

        var changes = Describe(user, before, after);
        user.DisplayName = Input.DisplayName!.Trim();
        user.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        user.OfficeId = Input.OfficeId!.Value;
        // The store compares the stamp's original value, so that is where the form's version goes.
        db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = Input.ConcurrencyStamp;
        user.ConcurrencyStamp = Input.ConcurrencyStamp;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && after.Except(before).ToList() is { Count: > 0 } added)
        {
            result = await users.AddToRolesAsync(user, added);
        }

        if (result.Succeeded && before.Except(after).ToList() is { Count: > 0 } removed)
        {
            result = await users.RemoveFromRolesAsync(user, removed);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync();
            return await ShowCurrentAfterFailureAsync(user, result);
        }

        audit.Record(AuditAction.Update, "StaffUser", user.Id.ToString(), reason: changes);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.Users.Saved", user.DisplayName].Value;
        return RedirectToPage("/Admin/Users/Index");
    }

    private async Task<IActionResult> ShowCurrentAfterFailureAsync(StaffUser user, IdentityResult result)
    {
        // Nothing was saved: show what the record holds now, so the admin redoes the change knowingly.
        db.ChangeTracker.Clear();
        var current = await users.FindByIdAsync(user.Id.ToString());
        if (current is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var concurrency = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));
        ModelState.AddModelError(string.Empty, concurrency ? t["Error.Concurrency"] : t["Error.Unexpected"]);
        await ShowAsync(current);
        return Page();
    }

    private async Task ShowAsync(StaffUser user)
    {
        Input = new StaffChanges
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            OfficeId = user.OfficeId,
            Roles = [.. await users.GetRolesAsync(user)],
            ConcurrencyStamp = user.ConcurrencyStamp,
        };
        await LoadAsync(user);
    }

    private async Task LoadAsync(StaffUser user)
    {
        UserName = user.UserName ?? string.Empty;
        IsActive = user.IsActive;
        ViewData["OfficeOptions"] = await StaffAccounts.OfficeOptionsAsync(db, user.OfficeId);
    }

    private string Describe(StaffUser user, HashSet<string> rolesBefore, HashSet<string> rolesAfter)
    {
        var changes = new List<string>();
        if (user.DisplayName != Input.DisplayName!.Trim())
        {
            changes.Add("display-name");
        }

        if (!string.Equals(user.Email ?? string.Empty, Input.Email?.Trim() ?? string.Empty, StringComparison.Ordinal))
        {
            changes.Add("email");
        }

        if (user.OfficeId != Input.OfficeId)
        {
            changes.Add($"office {user.OfficeId}->{Input.OfficeId}");
        }

        if (!rolesBefore.SetEquals(rolesAfter))
        {
            changes.Add($"roles {string.Join(',', rolesBefore.Order())}->{string.Join(',', rolesAfter.Order())}");
        }

        return changes.Count == 0 ? "no changes" : string.Join("; ", changes);
    }

    public sealed class StaffChanges : StaffDetails
    {
        public string? ConcurrencyStamp { get; set; }
    }

    public sealed class StaffChangesValidator : AbstractValidator<StaffChanges>
    {
        public StaffChangesValidator(IStringLocalizer<SharedResource> t) => Include(new StaffDetailsValidator(t));
    }
}
