using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class UserEditingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_changes_name_office_and_roles_and_the_change_is_audited()
    {
        using var admin = await SignedInAdminAsync();
        var (id, _) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("muokattava."));
        var form = await admin.PageAsync($"/Admin/Users/Edit/{id}");
        var fields = AdminSteps.StaffFields("Uusi Nimi", await app.OfficeIdAsync(AdminSteps.SotkamoOffice), "Manager");
        fields["Input.Email"] = "uusi.nimi@kainuu.example";
        fields["Input.ConcurrencyStamp"] = form.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;

        await admin.PostExpectingRedirectAsync($"/Admin/Users/Edit/{id}", fields, "/Admin/Users");

        await using var db = app.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        Assert.Equal("Uusi Nimi", user.DisplayName);
        Assert.Equal("uusi.nimi@kainuu.example", user.Email);
        Assert.Equal(await app.OfficeIdAsync(AdminSteps.SotkamoOffice), user.OfficeId);
        var roles = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal(["Manager"], roles);
        var update = (await app.AuditRowsAsync("StaffUser", id.ToString())).Last();
        Assert.Equal(AuditAction.Update, update.Action);
        Assert.Contains("roles Counsellor->Manager", update.Reason, StringComparison.Ordinal);
        var list = await admin.PageAsync("/Admin/Users?q=uusi%20nimi");
        Assert.Contains("Käyttäjän Uusi Nimi tiedot on tallennettu.", list.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_shows_the_current_values()
    {
        using var admin = await SignedInAdminAsync();
        var (id, _) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("kilpa."));
        var officeId = await app.OfficeIdAsync(AdminSteps.KajaaniOffice);
        var first = await admin.PageAsync($"/Admin/Users/Edit/{id}");
        var staleStamp = first.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;
        var second = await admin.PageAsync($"/Admin/Users/Edit/{id}");
        var fresh = AdminSteps.StaffFields("Ensin Tallennettu", officeId, "Counsellor");
        fresh["Input.ConcurrencyStamp"] = second.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!;
        await admin.PostExpectingRedirectAsync($"/Admin/Users/Edit/{id}", fresh, "/Admin/Users");

        var stale = AdminSteps.StaffFields("Myöhässä Tallennettu", officeId, "Counsellor");
        stale["Input.ConcurrencyStamp"] = staleStamp;
        var page = await admin.PostFormExpectingPageAsync($"/Admin/Users/Edit/{id}", stale);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("Ensin Tallennettu", page.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.NotEqual(staleStamp, page.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal("Ensin Tallennettu", await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync());
    }

    [Fact]
    public async Task Edit_validation_errors_are_in_Finnish_and_keep_what_was_typed()
    {
        using var admin = await SignedInAdminAsync();
        var (id, _) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("virhe."));
        var form = await admin.PageAsync($"/Admin/Users/Edit/{id}");

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Users/Edit/{id}", new()
        {
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "huono@",
            ["Input.OfficeId"] = "",
            ["Input.ConcurrencyStamp"] = form.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value")!,
        });

        Assert.Equal(
            ["Anna käyttäjän nimi.", "Sähköpostiosoite ei ole kelvollinen.", "Valitse toimipiste, joka on käytössä.", "Valitse vähintään yksi rooli."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("huono@", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Reset_password_unlocks_a_locked_user_and_forces_a_change()
    {
        using var admin = await SignedInAdminAsync();
        var userName = AdminSteps.UniqueName("lukittu.");
        var (id, first) = await admin.CreateStaffUserAsync(app, userName);
        using var user = app.NewClient();
        await user.ChangeTemporaryPasswordAsync(userName, first);
        using var intruder = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await intruder.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = "arvaus-numero-" + i });
        }

        var confirm = await admin.PageAsync($"/Admin/Users/ResetPassword/{id}");
        Assert.Contains($"Nollataanko käyttäjän Testi {userName}", confirm.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        var result = await admin.PostFormExpectingPageAsync($"/Admin/Users/ResetPassword/{id}", []);
        var password = AdminSteps.TemporaryPasswordOn(result);

        await using (var db = app.NewDbContext())
        {
            var row = await db.Users.SingleAsync(u => u.Id == id);
            Assert.True(row.MustChangePassword);
            Assert.Null(row.LockoutEnd);
            Assert.Equal(0, row.AccessFailedCount);
        }

        using var again = app.NewClient();
        await again.SignInAsync(userName, password);
        using var home = await again.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.Headers.Location?.OriginalString);
        var audit = (await app.AuditRowsAsync("StaffUser", id.ToString())).Last(e => e.UserName == "paakayttaja");
        Assert.Equal((AuditAction.Update, "password-reset; unlocked"), (audit.Action, audit.Reason));
    }

    [Fact]
    public async Task Reset_password_renews_the_security_stamp_so_sessions_end_and_the_old_password_no_longer_works()
    {
        using var admin = await SignedInAdminAsync();
        var userName = AdminSteps.UniqueName("istunto.");
        var (id, first) = await admin.CreateStaffUserAsync(app, userName);
        await using var db = app.NewDbContext();
        var stampBefore = await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync();

        await admin.PostFormExpectingPageAsync($"/Admin/Users/ResetPassword/{id}", []);

        Assert.NotEqual(stampBefore, await db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
        using var user = app.NewClient();
        using var oldPassword = await user.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = first });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
    }

    private async Task<StaffClient> SignedInAdminAsync()
    {
        var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        return admin;
    }
}
