using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// A browser-like HTTP client for one member of staff: signs in, reads pages, fills and posts forms
/// with their antiforgery tokens. Tests speak in these intents, not in raw requests.
/// </summary>
public sealed class StaffClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "Demo-salasana-2026";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<StaffClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var response = await PostFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login as {userName} failed: {(int)response.StatusCode}");
        return this;
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and returns it parsed.</summary>
    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await Parser.ParseDocumentAsync(body);
    }

    public static Task<IHtmlDocument> ParseAsync(string html) => Parser.ParseDocumentAsync(html);

    /// <summary>Loads the form page at <paramref name="url"/>, then posts the fields with its token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await PageAsync(formPage ?? url);
        var token = TokenOfFormPostingTo(page, formPage ?? url, url);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Posts a form and returns the re-rendered page (validation errors answer 200 with the form).</summary>
    public async Task<IHtmlDocument> PostFormExpectingPageAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        using var response = await PostFormAsync(url, fields, formPage);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} answered {(int)response.StatusCode}, expected the form again");
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The antiforgery token of the form on the page that posts to <paramref name="target"/>, as a browser
    /// would send it. A form without its own token (e.g. a hand-written action attribute) fails here.
    /// </summary>
    private static string TokenOfFormPostingTo(IHtmlDocument page, string pageUrl, string target)
    {
        static string PathOf(string url) => url.Split('?')[0].TrimEnd('/');
        var form = page.QuerySelectorAll("form[method=post]")
            .FirstOrDefault(f => string.Equals(PathOf(f.GetAttribute("action") is { Length: > 0 } action ? action : pageUrl), PathOf(target), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form on {pageUrl} posts to {target}");
        return form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form on {pageUrl} that posts to {target} has no antiforgery token");
    }

    public static IReadOnlyList<string> ErrorMessages(IHtmlDocument page) =>
        page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();

    public void Dispose() => http.Dispose();
}
