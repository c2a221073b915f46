using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Staff;

/// <summary>
/// What an admin may do to staff accounts so that the register never loses its last admin and no admin
/// locks themself out by accident. The caller counts the active admins (including the target) under a lock.
/// </summary>
public static class StaffAdministrationRules
{
    public const string CannotDeactivateSelfKey = "Admin.Users.CannotDeactivateSelf";
    public const string LastAdminKey = "Admin.Users.LastAdmin";

    /// <summary>Refuses to deactivate the acting admin themself or the last active admin.</summary>
    public static void EnsureCanDeactivate(Guid actingUserId, Guid targetUserId, bool targetIsActiveAdmin, int activeAdminCount)
    {
        if (actingUserId == targetUserId)
        {
            throw new DomainException(CannotDeactivateSelfKey, "An admin cannot deactivate their own account.");
        }

        EnsureAnotherAdminRemains(targetIsActiveAdmin, activeAdminCount);
    }

    /// <summary>Refuses to take the Admin role from the last active admin.</summary>
    public static void EnsureCanRemoveAdminRole(bool targetIsActiveAdmin, int activeAdminCount) =>
        EnsureAnotherAdminRemains(targetIsActiveAdmin, activeAdminCount);

    private static void EnsureAnotherAdminRemains(bool targetIsActiveAdmin, int activeAdminCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(activeAdminCount);
        if (targetIsActiveAdmin && activeAdminCount <= 1)
        {
            throw new DomainException(LastAdminKey, "The last active admin must remain an active admin.");
        }
    }
}
