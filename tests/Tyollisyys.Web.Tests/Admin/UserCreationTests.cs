using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class UserCreationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Admin_creates_a_user_who_gets_the_roles_and_office_and_a_temporary_password_shown_once()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var userName = AdminSteps.UniqueName("uusi.");

        var (id, password) = await admin.CreateStaffUserAsync(app, userName, AdminSteps.SotkamoOffice, "Counsellor", "Manager");

        Assert.True(password.Length >= 12);
        await using var db = app.NewDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        Assert.True(user.MustChangePassword);
        Assert.True(user.IsActive);
        Assert.Equal($"Testi {userName}", user.DisplayName);
        Assert.Equal(await app.OfficeIdAsync(AdminSteps.SotkamoOffice), user.OfficeId);
        var roles = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal(["Counsellor", "Manager"], roles.Order());
        var audit = Assert.Single(await app.AuditRowsAsync("StaffUser", id.ToString()));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("paakayttaja", audit.UserName);
    }

    [Fact]
    public async Task The_temporary_password_is_never_on_a_second_page()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var (id, password) = await admin.CreateStaffUserAsync(app, AdminSteps.UniqueName("kerran."));

        using var list = await admin.GetAsync("/Admin/Users");
        using var edit = await admin.GetAsync($"/Admin/Users/Edit/{id}");

        Assert.DoesNotContain(password, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_user_must_change_the_temporary_password_before_anything_else()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var userName = AdminSteps.UniqueName("eka.");
        var (_, password) = await admin.CreateStaffUserAsync(app, userName);
        using var user = app.NewClient();

        await user.SignInAsync(userName, password);
        using var home = await user.GetAsync("/");
        using var other = await user.GetAsync("/Admin/Users");

        Assert.Equal("/Account/ChangePassword", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/Account/ChangePassword", other.Headers.Location?.OriginalString);

        using var changed = await user.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = password,
            ["Input.NewPassword"] = "Oma-uusi-salasana-77",
            ["Input.ConfirmPassword"] = "Oma-uusi-salasana-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var start = await user.PageAsync("/");
        Assert.Contains($"Testi {userName}", start.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_shows_a_Finnish_message_for_each_required_field()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync("/Admin/Users/Create", new()
        {
            ["Input.UserName"] = "",
            ["Input.DisplayName"] = "",
            ["Input.Email"] = "",
            ["Input.OfficeId"] = "",
        });

        Assert.Equal(
            ["Anna käyttäjän nimi.", "Anna käyttäjätunnus.", "Valitse toimipiste, joka on käytössä.", "Valitse vähintään yksi rooli."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Null(page.QuerySelector("#temporary-password"));
    }

    [Fact]
    public async Task Malformed_user_name_and_e_mail_are_refused_in_Finnish()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var fields = AdminSteps.StaffFields("Virhe Testi", await app.OfficeIdAsync(AdminSteps.KajaaniOffice), "Counsellor");
        fields["Input.UserName"] = "välilyönti ja ääkköset";
        fields["Input.Email"] = "ei-sahkoposti";

        var page = await admin.PostFormExpectingPageAsync("/Admin/Users/Create", fields);

        var messages = StaffClient.ErrorMessages(page);
        Assert.Contains(messages, m => m.StartsWith("Käyttäjätunnuksessa saa olla vain", StringComparison.Ordinal));
        Assert.Contains("Sähköpostiosoite ei ole kelvollinen.", messages);
        Assert.Equal("välilyönti ja ääkköset", page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_closed_office_cannot_be_chosen()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var fields = AdminSteps.StaffFields("Suljettu Testi", 999_999, "Counsellor");
        fields["Input.UserName"] = AdminSteps.UniqueName("suljettu.");

        var page = await admin.PostFormExpectingPageAsync("/Admin/Users/Create", fields);

        Assert.Equal(["Valitse toimipiste, joka on käytössä."], StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task A_user_name_already_in_use_is_refused_with_a_Finnish_field_message()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        var fields = AdminSteps.StaffFields("Toinen Ohjaaja", await app.OfficeIdAsync(AdminSteps.KajaaniOffice), "Counsellor");
        fields["Input.UserName"] = "ohjaaja1";

        var page = await admin.PostFormExpectingPageAsync("/Admin/Users/Create", fields);

        Assert.Equal(["Käyttäjätunnus ohjaaja1 on jo käytössä."], StaffClient.ErrorMessages(page));
        Assert.Equal("ohjaaja1", page.QuerySelector("#Input_UserName")!.GetAttribute("value"));
        Assert.Equal(1, await app.ScalarAsync<long>("SELECT count(*) FROM identity_users WHERE user_name = 'ohjaaja1'"));
    }
}
