using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class AdminAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string SomeUser = "0b0e9f7a-3c57-4a8e-9c57-2f1d1a2b3c4d";

    public static TheoryData<string> AdminPages =>
    [
        "/Admin",
        "/Admin/Users",
        "/Admin/Users/Create",
        $"/Admin/Users/Edit/{SomeUser}",
        $"/Admin/Users/ResetPassword/{SomeUser}",
        $"/Admin/Users/Status/{SomeUser}",
        "/Admin/Offices",
        "/Admin/Offices/Create",
        "/Admin/Offices/Edit/1",
        "/Admin/Offices/Status/1",
        "/Admin/Municipalities",
        "/Admin/Municipalities/Create",
        "/Admin/Municipalities/Edit/1",
        "/Admin/Municipalities/Status/1",
        "/Admin/Audit",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_counsellor_is_refused_every_admin_page_and_the_attempt_is_audited(string url) =>
        await AssertRefusedAsync("ohjaaja1", url);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task A_manager_is_refused_every_admin_page_and_the_attempt_is_audited(string url) =>
        await AssertRefusedAsync("esihenkilo", url);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_post_to_an_admin_page_changes_nothing_and_is_sent_to_login()
    {
        using var client = app.NewClient();

        using var response = await client.Http.PostAsync(new Uri("/Admin/Users/Create", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_home_lists_the_sections()
    {
        using var client = app.NewClient();
        await client.SignInAsync("paakayttaja");

        var page = await client.PageAsync("/Admin");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("Ylläpito", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("/Admin/Users", links);
        Assert.Contains("/Admin/Offices", links);
        Assert.Contains("/Admin/Municipalities", links);
        Assert.Contains("/Admin/Audit", links);
    }

    private async Task AssertRefusedAsync(string userName, string url)
    {
        using var client = app.NewClient();
        await client.SignInAsync(userName);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.True(
            await db.AuditEvents.AnyAsync(e => e.UserName == userName && e.Action == AuditAction.AccessDenied && e.RecordId == url && e.Outcome == AuditOutcome.Denied),
            $"No access-denied audit row for {userName} at {url}");
    }
}
