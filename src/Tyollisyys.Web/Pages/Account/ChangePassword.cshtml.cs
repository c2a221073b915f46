using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Account;

public sealed class ChangePasswordModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signInManager,
    AppDbContext db,
    AuditLog audit,
    IValidator<ChangePasswordModel.Passwords> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Passwords Input { get; set; } = new();

    public bool Forced => User.MustChangePassword();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        audit.Record(AuditAction.Update, "StaffUser", user.Id.ToString(), reason: "password-changed");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await signInManager.RefreshSignInAsync(user);
        TempData["Status"] = t["ChangePassword.Done"].Value;
        return Redirect("/");
    }

    public sealed class Passwords
    {
        public string CurrentPassword { get; set; } = string.Empty;

        public string NewPassword { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class PasswordsValidator : AbstractValidator<Passwords>
    {
        public PasswordsValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(p => p.CurrentPassword).NotEmpty().WithMessage(_ => t["ChangePassword.CurrentRequired"]);
            RuleFor(p => p.NewPassword).NotEmpty().WithMessage(_ => t["ChangePassword.NewRequired"])
                .MinimumLength(12).WithMessage(_ => t["Identity.PasswordTooShort", 12])
                .MaximumLength(512)
                .NotEqual(p => p.CurrentPassword).WithMessage(_ => t["ChangePassword.MustDiffer"]);
            RuleFor(p => p.ConfirmPassword).Equal(p => p.NewPassword).WithMessage(_ => t["ChangePassword.Mismatch"]);
        }
    }
}
