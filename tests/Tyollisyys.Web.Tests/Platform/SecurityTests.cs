using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class SecurityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var client = app.NewClient();
        using var content = new FormUrlEncodedContent([new("Input.UserName", "ohjaaja1"), new("Input.Password", StaffClient.DemoPassword)]);

        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("tyollisyys.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_page_sends_the_security_headers()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/Account/Login");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("X-Correlation-Id").Single()));
    }

    [Fact]
    public async Task Outside_development_HSTS_is_sent()
    {
        // UseHsts leaves localhost out on purpose; a real host name shows the production behaviour.
        using var http = app.CreateClient(new() { BaseAddress = new Uri("https://tyollisyys.example"), AllowAutoRedirect = false });

        using var response = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticated_pages_are_never_stored()
    {
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        using var response = await client.GetAsync("/");

        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store expected");
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_SameSite_and_Secure()
    {
        using var client = app.NewClient();
        using var login = await client.PostFormAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja1", ["Input.Password"] = StaffClient.DemoPassword });

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tyollisyys.auth=", StringComparison.Ordinal)).ToUpperInvariant();

        Assert.Contains("HTTPONLY", cookie, StringComparison.Ordinal);
        Assert.Contains("SAMESITE=STRICT", cookie, StringComparison.Ordinal);
        Assert.Contains("SECURE", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public void The_session_ends_after_30_idle_minutes_and_slides_with_use()
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal(TimeSpan.FromMinutes(30), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_the_login_page()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_on_the_signed_in_layout_carries_its_own_antiforgery_token()
    {
        using var client = app.NewClient();
        await client.SignInAsync("paakayttaja");

        var page = await client.PageAsync("/");
        var forms = page.QuerySelectorAll("form[method=post]").ToList();

        Assert.True(forms.Count >= 2, "the language switch and the logout form");
        Assert.All(forms, form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
    }
}
