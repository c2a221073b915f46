using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>A deactivated user cannot sign in, whatever the password.</summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        user.IsActive && await base.CanSignInAsync(user);
}
