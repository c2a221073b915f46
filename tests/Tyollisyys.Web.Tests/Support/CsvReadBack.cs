using System.Text;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// Reads a CSV export back as Finnish Excel would: it must start with the UTF-8 byte-order mark; fields are separated by
/// semicolons, rows by CRLF; a quoted field may hold semicolons, doubled quotes and line breaks. Written independently of
/// the app's writer so that a test of one checks the other.
/// </summary>
public static class CsvReadBack
{
    public static async Task<IReadOnlyList<string[]>> RowsOfAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public static IReadOnlyList<string[]> Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 3 || bytes[0] != 0xEF || bytes[1] != 0xBB || bytes[2] != 0xBF)
        {
            throw new InvalidOperationException("The file does not begin with the UTF-8 byte-order mark.");
        }

        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ';')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidOperationException("The file ends inside a quoted field.");
        }

        if (field.Length > 0 || row.Count > 0)
        {
            throw new InvalidOperationException("The last row does not end with CRLF.");
        }

        return rows;
    }
}
