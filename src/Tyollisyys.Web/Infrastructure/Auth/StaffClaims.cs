using System.Globalization;
using System.Security.Claims;

namespace Tyollisyys.Web.Infrastructure.Auth;

public static class StaffClaims
{
    public const string OfficeIdType = "tyollisyys:office_id";
    public const string DisplayNameType = "tyollisyys:display_name";
    public const string MustChangePasswordType = "tyollisyys:must_change_password";

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static int? OfficeId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OfficeIdType), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameType) ?? user.Identity?.Name ?? string.Empty;

    public static bool MustChangePassword(this ClaimsPrincipal user) =>
        user.HasClaim(MustChangePasswordType, "true");
}
