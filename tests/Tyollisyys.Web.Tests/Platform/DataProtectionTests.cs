using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class DataProtectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_restarted_app_keeps_users_signed_in_because_the_keys_live_in_PostgreSQL()
    {
        using var client = app.NewClient();
        using var login = await client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja1", ["Input.Password"] = StaffClient.DemoPassword });
        var authCookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tyollisyys.auth=", StringComparison.Ordinal)).Split(';')[0];

        // A second host on the same database is what a restart looks like to the cookie.
        await using var restarted = app.WithWebHostBuilder(_ => { });
        using var http = restarted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", authCookie);
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }
}
