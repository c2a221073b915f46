using System.Globalization;
using System.Text;

namespace Tyollisyys.Web.Infrastructure.Csv;

/// <summary>
/// Writes CSV for Finnish Excel (issue 7 item 3): fields separated by semicolons, rows by CRLF, numbers with a decimal
/// comma and no grouping, dates d.M.yyyy. A field holding a semicolon, a quote, a line break or edge spaces is quoted, its
/// quotes doubled. Text that Excel would take for a formula (beginning with =, +, -, @, tab or carriage return) is
/// prefixed with an apostrophe, so a client-typed "=HYPERLINK(…)" stays text; numbers are never prefixed.
/// The UTF-8 byte-order mark, which Excel needs to read UTF-8, is the caller's stream encoding (see <see cref="CsvResult"/>).
/// </summary>
public sealed class CsvWriter(TextWriter output)
{
    public const char Separator = ';';

    private static readonly NumberFormatInfo FinnishNumbers = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    private bool _rowStarted;

    /// <summary>Writes a whole row of fields; each is formatted by its type (see <see cref="Format"/>).</summary>
    public async Task RowAsync(params object?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            Field(field);
        }

        await EndRowAsync();
    }

    /// <summary>Adds one field to the current row.</summary>
    public void Field(object? value)
    {
        if (_rowStarted)
        {
            output.Write(Separator);
        }

        _rowStarted = true;
        output.Write(Format(value));
    }

    public Task EndRowAsync()
    {
        _rowStarted = false;
        return output.WriteAsync("\r\n");
    }

    /// <summary>A field as it appears in the file: null empty, numbers with a decimal comma, dates d.M.yyyy, booleans 1/0, text escaped.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => Text(text),
        decimal number => number.ToString(FinnishNumbers),
        double number => number.ToString("0.############", FinnishNumbers),
        float number => ((double)number).ToString("0.######", FinnishNumbers),
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        bool flag => flag ? "1" : "0",
        DateOnly date => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset moment => Localization.Formats.DateTime(moment),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Text(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        var quote = text.AsSpan().IndexOfAny(";\"\r\n") >= 0 || text[0] == ' ' || text[^1] == ' ';
        if (!quote)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return builder.ToString();
    }
}
