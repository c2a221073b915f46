using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>Marker type for the app's one shared string table (Resources/fi.json, sv.json, en.json).</summary>
#pragma warning disable CA1812 // used only as a type argument of IStringLocalizer<T>
public sealed class SharedResource;
#pragma warning restore CA1812

/// <summary>
/// User-facing strings come from JSON tables embedded in the assembly, one per language, with the same
/// keys (a test keeps them in step). Finnish is the fallback for a missing translation.
/// </summary>
public sealed class StringTables
{
    public const string Fallback = "fi";

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _tables;

    public StringTables()
    {
        _tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in SupportedLanguages.Codes)
        {
            _tables[language] = Load(language);
        }
    }

    public IReadOnlyDictionary<string, string> Table(string language) =>
        _tables.TryGetValue(language, out var table) ? table : _tables[Fallback];

    public string? Find(string language, string key) =>
        Table(language).TryGetValue(key, out var value) ? value
        : _tables[Fallback].TryGetValue(key, out var fallback) ? fallback
        : null;

    private static Dictionary<string, string> Load(string language)
    {
        var assembly = typeof(StringTables).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Strings.{language}.json")
            ?? throw new InvalidOperationException($"Missing string table Resources/{language}.json");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}

public sealed class JsonStringLocalizer(StringTables tables) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = tables.Find(CurrentLanguage(), name);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        tables.Table(CurrentLanguage()).Select(kv => new LocalizedString(kv.Key, kv.Value));

    private static string CurrentLanguage() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

public sealed class JsonStringLocalizerFactory(StringTables tables) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(tables);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(tables);
}
