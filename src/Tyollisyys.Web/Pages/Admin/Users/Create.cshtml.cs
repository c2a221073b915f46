using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Users;

public sealed class CreateModel(
    UserManager<StaffUser> users,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<CreateModel.NewStaffUser> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public NewStaffUser Input { get; set; } = new();

    /// <summary>Set after a successful POST: the page shows the temporary password instead of the form.</summary>
    public TemporaryPasswordResult? Created { get; private set; }

    public async Task OnGetAsync() => await LoadOptionsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (Input.OfficeId is { } officeId && !await StaffAccounts.IsSelectableOfficeAsync(db, officeId))
        {
            ModelState.AddModelError("Input.OfficeId", t["Admin.Users.OfficeRequired"]);
            valid = false;
        }

        var userName = Input.UserName?.Trim() ?? string.Empty;
        if (valid && await users.FindByNameAsync(userName) is not null)
        {
            ModelState.AddModelError("Input.UserName", t["Identity.DuplicateUserName", userName]);
            valid = false;
        }

        if (!valid)
        {
            await LoadOptionsAsync();
            return Page();
        }

        var password = TemporaryPassword.Generate();
        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = Input.DisplayName!.Trim(),
            Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim(),
            OfficeId = Input.OfficeId!.Value,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var roles = Roles.All.Where(Input.Roles.Contains).ToList();

        // CreateAsync and AddToRolesAsync save on their own: one transaction makes user, roles and audit row one change.
        await using var transaction = await db.Database.BeginTransactionAsync();
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, roles);
            }
        }
        catch (DbUpdateException ex) when (RowVersion.IsUniqueViolation(ex))
        {
            result = IdentityResult.Failed(new IdentityErrorDescriber().DuplicateUserName(userName));
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName)
                    ? "Input.UserName"
                    : string.Empty;
                var message = error.Code == nameof(IdentityErrorDescriber.DuplicateUserName) ? t["Identity.DuplicateUserName", userName] : error.Description;
                ModelState.AddModelError(field, message);
            }

            await LoadOptionsAsync();
            return Page();
        }

        audit.Record(AuditAction.Create, "StaffUser", user.Id.ToString(), reason: $"created; roles={string.Join(',', roles)}; office={user.OfficeId}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        Created = new TemporaryPasswordResult("Admin.Users.Created", user.DisplayName, userName, password);
        return Page();
    }

    private async Task LoadOptionsAsync() => ViewData["OfficeOptions"] = await StaffAccounts.OfficeOptionsAsync(db);

    public sealed class NewStaffUser : StaffDetails
    {
        public string? UserName { get; set; }
    }

    public sealed class NewStaffUserValidator : AbstractValidator<NewStaffUser>
    {
        public NewStaffUserValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(u => u.UserName).NotEmpty().WithMessage(_ => t["Admin.Users.UserNameRequired"])
                .MaximumLength(256).WithMessage(_ => t["Validation.TooLong", 256])
                .Matches("^[A-Za-z0-9._@+-]+$").WithMessage(_ => t["Identity.InvalidUserName"]);
            Include(new StaffDetailsValidator(t));
        }
    }
}
