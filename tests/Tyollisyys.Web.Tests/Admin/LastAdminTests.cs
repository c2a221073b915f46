using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

/// <summary>In its own class (own database), where paakayttaja stays the only active admin.</summary>
public sealed class LastAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_last_active_admin_cannot_lose_the_Admin_role()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var self = await app.UserIdAsync("paakayttaja");
        var form = await admin.PageAsync($"/Admin/Users/Edit/{self}");
        var fields = AdminSteps.StaffFields("Liisa Pääkäyttäjä", await app.OfficeIdAsync(AdminSteps.KajaaniOffice), "Counsellor");
        fields["Input.ConcurrencyStamp"] = form.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Users/Edit/{self}", fields);

        Assert.Equal(["Järjestelmässä on oltava vähintään yksi aktiivinen pääkäyttäjä. Lisää ensin toinen pääkäyttäjä."], StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        var roles = await db.UserRoles.Where(r => r.UserId == self).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal(["Admin"], roles);
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_deactivated_even_by_an_admin_whose_own_account_was_just_closed()
    {
        // An admin deactivated a moment ago still holds a session until the security stamp is next checked.
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var userName = AdminSteps.UniqueName("toinen.admin.");
        var (secondId, password) = await admin.CreateStaffUserAsync(app, userName, AdminSteps.KajaaniOffice, "Admin");
        using var second = app.NewClient();
        await second.ChangeTemporaryPasswordAsync(userName, password);
        await app.ScalarAsync<int>($"UPDATE identity_users SET is_active = false WHERE id = '{secondId}' RETURNING 1");
        var lastAdmin = await app.UserIdAsync("paakayttaja");

        var page = await second.PostFormExpectingPageAsync($"/Admin/Users/Status/{lastAdmin}", new() { ["Activate"] = "false" });

        Assert.Equal(["Järjestelmässä on oltava vähintään yksi aktiivinen pääkäyttäjä. Lisää ensin toinen pääkäyttäjä."], StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        Assert.True(await db.Users.Where(u => u.Id == lastAdmin).Select(u => u.IsActive).SingleAsync());
    }
}
