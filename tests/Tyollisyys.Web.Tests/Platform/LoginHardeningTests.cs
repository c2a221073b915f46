using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class LoginHardeningTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_failed_logins_lock_the_account_for_15_minutes_even_against_the_right_password()
    {
        using var client = app.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja3", ["Input.Password"] = "ei tämä ole oikea" });
        }

        var page = await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja3", ["Input.Password"] = StaffClient.DemoPassword });

        Assert.Contains(StaffClient.ErrorMessages(page), m => m.StartsWith("Tunnus on lukittu 15 minuutiksi", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "ohjaaja3");
        Assert.NotNull(user.LockoutEnd);
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var reasons = await db.AuditEvents.Where(e => e.UserName == "ohjaaja3" && e.Action == AuditAction.LoginFailed)
            .Select(e => e.Reason).ToListAsync();
        Assert.Equal(6, reasons.Count);
        Assert.Contains("locked-out", reasons);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in_with_the_right_password()
    {
        await using (var db = app.NewDbContext())
        {
            await db.Users.Where(u => u.UserName == "ohjaaja2").ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        }

        using var client = app.NewClient();
        var page = await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja2", ["Input.Password"] = StaffClient.DemoPassword });

        Assert.Contains(StaffClient.ErrorMessages(page), m => m.StartsWith("Kirjautuminen epäonnistui", StringComparison.Ordinal));
        await using var check = app.NewDbContext();
        Assert.True(await check.AuditEvents.AnyAsync(e => e.UserName == "ohjaaja2" && e.Action == AuditAction.LoginFailed && e.Reason == "not-allowed"));
    }

    [Fact]
    public async Task A_temporary_password_must_be_changed_before_anything_else()
    {
        await using (var db = app.NewDbContext())
        {
            await db.Users.Where(u => u.UserName == "esihenkilo").ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, true));
        }

        using var client = app.NewClient();
        await client.SignInAsync("esihenkilo");

        using (var home = await client.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);
        }

        var tooShort = await client.PostFormExpectingPageAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = StaffClient.DemoPassword, ["Input.NewPassword"] = "lyhyt", ["Input.ConfirmPassword"] = "lyhyt",
        });
        Assert.Contains("Salasanassa on oltava vähintään 12 merkkiä.", StaffClient.ErrorMessages(tooShort));

        const string newPassword = "Kainuun kevät tulee myöhään";
        using var changed = await client.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = StaffClient.DemoPassword, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var start = await client.PageAsync("/");
        Assert.Contains("Tervetuloa", start.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await using var check = app.NewDbContext();
        Assert.False((await check.Users.SingleAsync(u => u.UserName == "esihenkilo")).MustChangePassword);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.UserName == "esihenkilo" && e.Action == AuditAction.Update && e.Reason == "password-changed"));
    }

    [Fact]
    public async Task Logging_out_ends_the_session_and_is_audited()
    {
        using var client = app.NewClient();
        await client.SignInAsync("paakayttaja");

        using var logout = await client.PostFormAsync("/Account/Logout", [], formPage: "/Account/Logout");
        using var afterwards = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", afterwards.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.UserName == "paakayttaja" && e.Action == AuditAction.Logout));
    }
}
