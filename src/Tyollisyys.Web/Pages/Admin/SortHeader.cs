namespace Tyollisyys.Web.Pages.Admin;

/// <summary>A sortable column header: its text, the link that sorts by it, and its aria-sort state (or null).</summary>
public sealed record SortHeader(string Text, string Url, string? AriaSort);
