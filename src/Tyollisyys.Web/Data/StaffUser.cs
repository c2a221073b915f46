using Microsoft.AspNetCore.Identity;

namespace Tyollisyys.Web.Data;

/// <summary>A member of staff who signs in: counsellor, manager or admin. Never a client.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public int OfficeId { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set when an admin creates the user or resets the password: the password is temporary.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }
}
