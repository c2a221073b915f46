using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Users;

/// <summary>The fields an admin sets on a staff user, both when creating and when editing.</summary>
public class StaffDetails
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public int? OfficeId { get; set; }

    public List<string> Roles { get; set; } = [];
}

public sealed class StaffDetailsValidator : AbstractValidator<StaffDetails>
{
    public StaffDetailsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(d => d.DisplayName).NotEmpty().WithMessage(_ => t["Admin.Users.DisplayNameRequired"])
            .MaximumLength(200).WithMessage(_ => t["Validation.TooLong", 200]);
        RuleFor(d => d.Email).EmailAddress().WithMessage(_ => t["Admin.Users.EmailInvalid"])
            .MaximumLength(256).WithMessage(_ => t["Validation.TooLong", 256]);
        RuleFor(d => d.OfficeId).NotNull().WithMessage(_ => t["Admin.Users.OfficeRequired"]);
        RuleFor(d => d.Roles).NotEmpty().WithMessage(_ => t["Admin.Users.RoleRequired"])
            .Must(roles => roles.All(Roles.All.Contains)).WithMessage(_ => t["Admin.Users.RoleRequired"]);
    }
}
