using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

/// <summary>The registry is for client work: counsellors and managers of any office; an admin alone is refused.</summary>
public sealed class EmployerAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("ohjaaja1")]
    [InlineData("ohjaaja3")]
    [InlineData("esihenkilo")]
    public async Task Counsellors_of_every_office_and_managers_open_every_employer_page(string userName)
    {
        using var client = await app.NewClient().SignInAsync(userName);
        foreach (var url in await UrlsAsync())
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode} to {userName}");
        }
    }

    [Fact]
    public async Task An_admin_gets_403_on_every_employer_page_and_each_refusal_is_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        await using var db = app.NewDbContext();
        var before = await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.UserName == "paakayttaja");
        var urls = await UrlsAsync();

        foreach (var url in urls)
        {
            using var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode} to the admin");
        }

        Assert.Equal(before + urls.Count, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.UserName == "paakayttaja"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var anonymous = app.NewClient();
        foreach (var url in await UrlsAsync())
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_main_navigation_links_the_registry_for_client_work_but_not_for_the_admin()
    {
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var counsellorsHome = await counsellor.PageAsync("/");
        var adminsHome = await admin.PageAsync("/");

        Assert.Equal("Työnantajat", counsellorsHome.QuerySelector(".main-nav a[href='/Employers']")!.TextContent.Trim());
        Assert.Null(adminsHome.QuerySelector(".main-nav a[href='/Employers']"));
    }

    private async Task<List<string>> UrlsAsync()
    {
        var employer = await app.AddAsync(TestClients.UniqueName("Pääsy") + " Oy", arrange: e => e.AddContact(new ContactDetails("Pekka Puro", null, null, null)));
        var key = employer.Contacts.Single().Key;
        return
        [
            "/Employers",
            "/Employers/New",
            TestEmployers.Url(employer.Id),
            TestEmployers.Url(employer.Id, "/Edit"),
            TestEmployers.Url(employer.Id, "/Contacts/New"),
            TestEmployers.Url(employer.Id, $"/Contacts/{key}/Edit"),
            TestEmployers.Url(employer.Id, $"/Contacts/{key}/Remove"),
            TestEmployers.Url(employer.Id, "/DeMinimis/New"),
        ];
    }
}
