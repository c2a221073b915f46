using System.Globalization;
using AngleSharp.Html.Dom;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Reads the caseload list the way a user does: the rows' names, the count, the pager links.</summary>
public static class CaseloadReader
{
    public static string Search(string q, string extra = "") => "/?q=" + Uri.EscapeDataString(q) + extra;

    public static IReadOnlyList<string> Names(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.caseload tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    public static IReadOnlyList<long> Ids(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.caseload tbody tr td:first-child a")
            .Select(a => long.Parse(a.GetAttribute("href")!["/JobSeekers/".Length..], CultureInfo.InvariantCulture))];

    public static string Count(IHtmlDocument page) => page.QuerySelector("p.result-count[role=status]")!.TextContent.Trim();

    /// <summary>The pager link with the given rel (first, prev, next), or null when the page has none.</summary>
    public static string? PagerLink(IHtmlDocument page, string rel) =>
        page.QuerySelector($"nav.pager a[rel={rel}]")?.GetAttribute("href");
}
