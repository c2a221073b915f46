namespace Tyollisyys.Web.Pages.Admin;

/// <summary>ILIKE patterns from user input: % and _ in the input match themselves, not anything.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string text) => "%" + Literal(text) + "%";

    public static string StartsWith(string text) => Literal(text) + "%";

    private static string Literal(string text) =>
        text.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
