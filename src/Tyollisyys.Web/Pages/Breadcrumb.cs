namespace Tyollisyys.Web.Pages;

/// <summary>One step of the breadcrumb trail; the last one (the current page) has no link.</summary>
public sealed record Breadcrumb(string Text, string? Url = null);
