using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>Adds the office, display name and the forced-password-change flag to the sign-in cookie.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.OfficeIdType, user.OfficeId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.DisplayNameType, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(StaffClaims.MustChangePasswordType, "true"));
        }

        return identity;
    }
}
