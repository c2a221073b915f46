using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>The string table of one language, whatever the UI language: documents for clients and employers (plans, decision letters, statements) print in Finnish or Swedish.</summary>
public sealed class FixedLanguageLocalizer(StringTables tables, string language) : IStringLocalizer
{
    public string Language => language;

    public LocalizedString this[string name] =>
        tables.Find(language, name) is { } value ? new(name, value) : new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.GetCultureInfo(language), this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        tables.Table(language).Select(kv => new LocalizedString(kv.Key, kv.Value));
}
