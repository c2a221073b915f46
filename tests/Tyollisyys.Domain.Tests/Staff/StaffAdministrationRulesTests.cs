using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Staff;
using Xunit;

namespace Tyollisyys.Domain.Tests.Staff;

public sealed class StaffAdministrationRulesTests
{
    private static readonly Guid Actor = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Theory]
    [InlineData(true, 1)]
    [InlineData(true, 2)]
    [InlineData(true, 5)]
    [InlineData(false, 0)]
    [InlineData(false, 1)]
    [InlineData(false, 3)]
    public void An_admin_cannot_deactivate_themself_whatever_the_number_of_admins(bool isActiveAdmin, int activeAdmins)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            StaffAdministrationRules.EnsureCanDeactivate(Actor, Actor, isActiveAdmin, activeAdmins));

        Assert.Equal("Admin.Users.CannotDeactivateSelf", refusal.MessageKey);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void The_last_active_admin_cannot_be_deactivated(int activeAdmins)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            StaffAdministrationRules.EnsureCanDeactivate(Actor, Other, targetIsActiveAdmin: true, activeAdmins));

        Assert.Equal("Admin.Users.LastAdmin", refusal.MessageKey);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void An_admin_can_be_deactivated_by_another_when_another_active_admin_remains(int activeAdmins) =>
        StaffAdministrationRules.EnsureCanDeactivate(Actor, Other, targetIsActiveAdmin: true, activeAdmins);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void A_user_who_is_not_an_active_admin_can_be_deactivated_by_another_admin(int activeAdmins) =>
        StaffAdministrationRules.EnsureCanDeactivate(Actor, Other, targetIsActiveAdmin: false, activeAdmins);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void The_last_active_admin_cannot_lose_the_Admin_role(int activeAdmins)
    {
        var refusal = Assert.Throws<DomainException>(() =>
            StaffAdministrationRules.EnsureCanRemoveAdminRole(targetIsActiveAdmin: true, activeAdmins));

        Assert.Equal("Admin.Users.LastAdmin", refusal.MessageKey);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    public void An_admin_can_lose_the_Admin_role_when_another_active_admin_remains(int activeAdmins) =>
        StaffAdministrationRules.EnsureCanRemoveAdminRole(targetIsActiveAdmin: true, activeAdmins);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void An_inactive_admin_can_lose_the_Admin_role_even_when_only_one_active_admin_exists(int activeAdmins) =>
        StaffAdministrationRules.EnsureCanRemoveAdminRole(targetIsActiveAdmin: false, activeAdmins);

    [Fact]
    public void A_negative_admin_count_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffAdministrationRules.EnsureCanRemoveAdminRole(true, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffAdministrationRules.EnsureCanDeactivate(Actor, Other, false, -1));
    }
}
