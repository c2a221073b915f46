using System.Net;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class LanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Finnish_is_the_default_language()
    {
        using var client = app.NewClient();

        var page = await client.PageAsync("/Account/Login");

        Assert.Equal("fi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Kirjaudu sisään", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Käyttäjätunnus", page.QuerySelector("label[for=Input_UserName]")!.TextContent);
    }

    [Fact]
    public async Task The_same_page_renders_in_Swedish_once_chosen_and_the_choice_is_remembered()
    {
        using var client = app.NewClient();

        using var choose = await client.PostFormAsync("/Language", new() { ["culture"] = "sv", ["returnUrl"] = "/Account/Login" }, formPage: "/Account/Login");
        var page = await client.PageAsync("/Account/Login");
        var again = await client.PageAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/Account/Login", choose.Headers.Location!.OriginalString);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Logga in", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Användarnamn", page.QuerySelector("label[for=Input_UserName]")!.TextContent);
        Assert.Equal("sv", again.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Validation_messages_follow_the_language_too()
    {
        using var client = app.NewClient();
        using var choose = await client.PostFormAsync("/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/Account/Login");

        var page = await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });

        Assert.Contains("Enter your user name.", StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task A_foreign_return_address_is_not_followed()
    {
        using var client = app.NewClient();

        using var choose = await client.PostFormAsync("/Language", new() { ["culture"] = "sv", ["returnUrl"] = "https://evil.example/" }, formPage: "/Account/Login");

        Assert.Equal("/", choose.Headers.Location!.OriginalString);
    }
}
