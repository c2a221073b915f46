using System.Globalization;

namespace Tyollisyys.Web.Infrastructure.Localization;

public static class SupportedLanguages
{
    /// <summary>Finnish first (the default), Swedish beside it, English.</summary>
    public static readonly IReadOnlyList<string> Codes = ["fi", "sv", "en"];

    public static readonly IReadOnlyList<CultureInfo> Cultures =
        [new CultureInfo("fi-FI"), new CultureInfo("sv-FI"), new CultureInfo("en-GB")];

    /// <summary>Each language named in itself, as a language switcher should.</summary>
    public static string NativeName(string code) => code switch
    {
        "sv" => "Svenska",
        "en" => "English",
        _ => "Suomi",
    };

    public static CultureInfo CultureFor(string? code) =>
        Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == code) ?? Cultures[0];
}
