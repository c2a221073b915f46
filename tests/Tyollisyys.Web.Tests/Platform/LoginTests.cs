using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class LoginTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Counsellor_signs_in_and_sees_the_start_page_and_the_login_is_audited()
    {
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var home = await client.PageAsync("/");

        Assert.Contains("Tervetuloa, Aino Ohjaaja", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        var row = await db.AuditEvents.Where(e => e.UserName == "ohjaaja1" && e.Action == AuditAction.Login).SingleAsync();
        Assert.Equal(AuditOutcome.Success, row.Outcome);
        Assert.Equal("Counsellor", row.Roles);
        Assert.NotNull(row.OfficeId);
        Assert.False(string.IsNullOrEmpty(row.CorrelationId));
    }

    [Fact]
    public async Task Wrong_password_shows_a_Finnish_message_and_is_audited_as_failed()
    {
        using var client = app.NewClient();

        var page = await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja2", ["Input.Password"] = "väärä salasana tässä" });

        Assert.Contains(StaffClient.ErrorMessages(page), m => m.StartsWith("Kirjautuminen epäonnistui", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        var row = await db.AuditEvents.Where(e => e.UserName == "ohjaaja2" && e.Action == AuditAction.LoginFailed).FirstAsync();
        Assert.Equal(AuditOutcome.Failure, row.Outcome);
        Assert.Equal("wrong-password", row.Reason);
    }

    [Fact]
    public async Task Empty_form_shows_a_message_for_each_field()
    {
        using var client = app.NewClient();

        var page = await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });

        var messages = StaffClient.ErrorMessages(page);
        Assert.Equal(["Anna käyttäjätunnus.", "Anna salasana."], messages.Order(StringComparer.Ordinal));
    }
}
