using System.Globalization;

namespace Tyollisyys.Web.Infrastructure.Localization;

/// <summary>
/// Finnish formats, on purpose and whatever the UI language: dates d.M.yyyy, money 1 234,56 €.
/// (Swedish in Finland writes them the same way.)
/// </summary>
public static class Formats
{
    private static readonly NumberFormatInfo Money = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    };

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset moment) => Date(FinnishDate(moment));

    public static string DateTime(DateTimeOffset moment) =>
        ToFinnishTime(moment).ToString("d.M.yyyy H.mm", CultureInfo.InvariantCulture);

    public static string Euros(decimal amount) => amount.ToString("#,##0.00", Money) + "\u00A0€";

    /// <summary>A number in Finnish form: "10 080", "1 680,50", "70,5" (cents only when there are any).</summary>
    public static string Number(decimal value) =>
        value.ToString(value == decimal.Truncate(value) ? "#,##0" : "#,##0.00##", Money);

    /// <summary>Times are stored in UTC and shown in Finnish time (Europe/Helsinki).</summary>
    public static DateTimeOffset ToFinnishTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Helsinki);

    /// <summary>The moment a calendar day begins in Finland, e.g. for "from"/"to" date filters.</summary>
    public static DateTimeOffset StartOfFinnishDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Helsinki.GetUtcOffset(local));
    }

    /// <summary>Today in Finland: a date typed late in the evening belongs to the Finnish day, not the UTC one.</summary>
    public static DateOnly FinnishToday(this TimeProvider clock) => FinnishDate(clock.GetUtcNow());

    public static DateOnly FinnishDate(DateTimeOffset moment) => DateOnly.FromDateTime(ToFinnishTime(moment).DateTime);

    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
}
