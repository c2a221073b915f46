using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Xunit;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>What an admin does through the admin pages, and what tests then ask of the database.</summary>
public static class AdminSteps
{
    public const string KajaaniOffice = "Kajaanin työllisyyspalvelut";
    public const string SotkamoOffice = "Sotkamon työllisyyspalvelut";

    /// <summary>A user name no other test uses, so tests sharing a class database do not collide.</summary>
    public static string UniqueName(string prefix) =>
        prefix + Guid.NewGuid().ToString("N")[..10];

    public static async Task<int> OfficeIdAsync(this AppFactory app, string name)
    {
        await using var db = app.NewDbContext();
        return await db.Offices.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    public static async Task<Guid> UserIdAsync(this AppFactory app, string userName)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<List<AuditEvent>> AuditRowsAsync(this AppFactory app, string recordType, string recordId)
    {
        await using var db = app.NewDbContext();
        return await db.AuditEvents.Where(e => e.RecordType == recordType && e.RecordId == recordId).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The form fields of a staff user; roles go as an indexed list, as a form with checkboxes would bind.</summary>
    public static Dictionary<string, string> StaffFields(string displayName, int officeId, params string[] roles)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = "",
            ["Input.OfficeId"] = officeId.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < roles.Length; i++)
        {
            fields[string.Create(CultureInfo.InvariantCulture, $"Input.Roles[{i}]")] = roles[i];
        }

        return fields;
    }

    /// <summary>Creates a user through /Admin/Users/Create and returns the temporary password shown once.</summary>
    public static async Task<(Guid Id, string Password)> CreateStaffUserAsync(
        this StaffClient admin, AppFactory app, string userName, string office = KajaaniOffice, params string[] roles)
    {
        var fields = StaffFields($"Testi {userName}", await app.OfficeIdAsync(office), roles.Length == 0 ? ["Counsellor"] : roles);
        fields["Input.UserName"] = userName;
        var page = await admin.PostFormExpectingPageAsync("/Admin/Users/Create", fields);
        return (await app.UserIdAsync(userName), TemporaryPasswordOn(page));
    }

    public static string TemporaryPasswordOn(IHtmlDocument page) =>
        page.QuerySelector("#temporary-password")?.TextContent.Trim()
        ?? throw new InvalidOperationException("No temporary password on the page: " + string.Join(" | ", StaffClient.ErrorMessages(page)));

    /// <summary>Signs in with a temporary password and changes it, as the forced change asks.</summary>
    public static async Task ChangeTemporaryPasswordAsync(this StaffClient user, string userName, string temporaryPassword, string newPassword = "Uusi-pitka-salasana-2026")
    {
        await user.SignInAsync(userName, temporaryPassword);
        using var changed = await user.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = temporaryPassword,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
    }

    /// <summary>Posts a form and expects post/redirect/get back to <paramref name="location"/>.</summary>
    public static async Task PostExpectingRedirectAsync(this StaffClient client, string url, Dictionary<string, string> fields, string location, string? formPage = null)
    {
        using var response = await client.PostFormAsync(url, fields, formPage);
        var body = response.StatusCode == HttpStatusCode.OK
            ? string.Join(" | ", StaffClient.ErrorMessages(await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync())))
            : string.Empty;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode} {body}");
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
