using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Account;

public sealed class LoginModel(
    SignInManager<StaffUser> signInManager,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<LoginModel.Credentials> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Credentials Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await signInManager.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await signInManager.UserManager.FindByNameAsync(userName);
        if (result.Succeeded && user is not null)
        {
            user.LastLoginAt = clock.GetUtcNow();
            await signInManager.UserManager.UpdateAsync(user);
            audit.RecordFor(await signInManager.CreateUserPrincipalAsync(user), AuditAction.Login, "StaffUser", user.Id.ToString());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return LocalRedirect(SafeReturnUrl());
        }

        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : user is null ? "unknown-user" : "wrong-password";
        var actor = user is not null
            ? await signInManager.CreateUserPrincipalAsync(user)
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName.Length > 100 ? userName[..100] : userName)]));
        audit.RecordFor(actor, AuditAction.LoginFailed, "StaffUser", user?.Id.ToString(), outcome: AuditOutcome.Failure, reason: reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        ModelState.AddModelError(string.Empty, result.IsLockedOut ? t["Login.LockedOut"] : t["Login.Failed"]);
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public sealed class Credentials
    {
        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }

    public sealed class CredentialsValidator : AbstractValidator<Credentials>
    {
        public CredentialsValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage(_ => t["Login.UserNameRequired"]).MaximumLength(256);
            RuleFor(c => c.Password).NotEmpty().WithMessage(_ => t["Login.PasswordRequired"]).MaximumLength(512);
        }
    }
}
