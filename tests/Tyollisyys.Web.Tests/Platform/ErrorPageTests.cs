using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class ErrorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_unknown_address_gives_the_Finnish_404_page_with_the_correlation_id()
    {
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        using var response = await client.GetAsync("/ei-tallaista-sivua");
        var page = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sivua ei löydy", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector(".correlation-id")!.TextContent);
    }

    [Fact]
    public async Task Health_reports_the_database_up()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\":\"up\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_database_is_gone_health_says_503_and_pages_show_the_Finnish_500_page()
    {
        await using var broken = app.WithWebHostBuilder(_ => { });
        using var http = broken.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var client = new StaffClient(http);
        var loginForm = await client.PageAsync("/Account/Login");
        var token = loginForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        broken.Services.GetRequiredService<DatabaseConnection>().ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2";

        using var health = await client.GetAsync("/health");
        using var content = new FormUrlEncodedContent([new("Input.UserName", "ohjaaja1"), new("Input.Password", StaffClient.DemoPassword), new("__RequestVerificationToken", token)]);
        using var login = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        var page = await StaffClient.ParseAsync(await login.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, login.StatusCode);
        Assert.Equal("Palvelussa tapahtui virhe", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(login.Headers.GetValues("X-Correlation-Id").Single(), page.QuerySelector(".correlation-id")!.TextContent);
    }
}
