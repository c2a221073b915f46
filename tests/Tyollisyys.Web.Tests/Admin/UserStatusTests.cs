using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class UserStatusTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_until_reactivated()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var userName = AdminSteps.UniqueName("lopettaa.");
        var (id, password) = await admin.CreateStaffUserAsync(app, userName);

        var confirm = await admin.PageAsync($"/Admin/Users/Status/{id}");
        Assert.Equal("Poista tunnus käytöstä", confirm.QuerySelector("h1")!.TextContent);
        await admin.PostExpectingRedirectAsync($"/Admin/Users/Status/{id}", new() { ["Activate"] = "false" }, "/Admin/Users");

        using var user = app.NewClient();
        var refused = await user.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.Contains(StaffClient.ErrorMessages(refused), m => m.StartsWith("Kirjautuminen epäonnistui", StringComparison.Ordinal));

        var reactivate = await admin.PageAsync($"/Admin/Users/Status/{id}");
        Assert.Equal("Ota tunnus uudelleen käyttöön", reactivate.QuerySelector("h1")!.TextContent);
        await admin.PostExpectingRedirectAsync($"/Admin/Users/Status/{id}", new() { ["Activate"] = "true" }, "/Admin/Users");
        await user.SignInAsync(userName, password);

        var reasons = (await app.AuditRowsAsync("StaffUser", id.ToString())).Where(e => e.UserName == "paakayttaja").Select(e => e.Reason).ToList();
        Assert.Contains("deactivated", reasons);
        Assert.Contains("reactivated", reasons);
    }

    [Fact]
    public async Task Deactivation_renews_the_security_stamp_so_existing_sessions_end()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var (id, _) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("leima."));
        await using var db = app.NewDbContext();
        var before = await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync();

        await admin.PostExpectingRedirectAsync($"/Admin/Users/Status/{id}", new() { ["Activate"] = "false" }, "/Admin/Users");

        var after = await db.Users.Where(u => u.Id == id).Select(u => new { u.SecurityStamp, u.IsActive }).SingleAsync();
        Assert.NotEqual(before, after.SecurityStamp);
        Assert.False(after.IsActive);
    }

    [Fact]
    public async Task Repeating_a_deactivation_post_does_not_flip_the_user_back()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var (id, _) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("tupla."));

        await admin.PostExpectingRedirectAsync($"/Admin/Users/Status/{id}", new() { ["Activate"] = "false" }, "/Admin/Users");
        await admin.PostExpectingRedirectAsync($"/Admin/Users/Status/{id}", new() { ["Activate"] = "false" }, "/Admin/Users");

        await using var db = app.NewDbContext();
        Assert.False(await db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync());
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_themself()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var self = await app.UserIdAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Users/Status/{self}", new() { ["Activate"] = "false" });

        Assert.Equal(["Et voi poistaa omaa tunnustasi käytöstä."], StaffClient.ErrorMessages(page));
        await using var db = app.NewDbContext();
        Assert.True(await db.Users.Where(u => u.Id == self).Select(u => u.IsActive).SingleAsync());
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        using var response = await admin.GetAsync($"/Admin/Users/Status/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
