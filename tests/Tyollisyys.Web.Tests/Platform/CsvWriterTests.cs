using System.Text;
using Tyollisyys.Web.Infrastructure.Csv;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class CsvWriterTests
{
    private static async Task<byte[]> WriteAsync(params object?[][] rows)
    {
        using var stream = new MemoryStream();
        await using (var text = new StreamWriter(stream, new UTF8Encoding(true), leaveOpen: true))
        {
            var csv = new CsvWriter(text);
            foreach (var row in rows)
            {
                await csv.RowAsync(row);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task A_file_reads_back_field_for_field_with_separators_quotes_and_line_breaks_inside_fields()
    {
        var bytes = await WriteAsync(
            ["Nimi", "Huomio"],
            ["Kärkkäinen; Åsa", "sanoi \"hei\"\r\nja lähti"],
            ["Virtanen", "rivi\nvain LF"]);

        var rows = CsvReadBack.Parse(bytes);

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Kärkkäinen; Åsa", "sanoi \"hei\"\r\nja lähti"], rows[1]);
        Assert.Equal(["Virtanen", "rivi\nvain LF"], rows[2]);
    }

    [Fact]
    public async Task The_file_begins_with_the_byte_order_mark_and_rows_end_with_crlf()
    {
        var bytes = await WriteAsync(["a", "b"]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)';', (byte)'b', (byte)'\r', (byte)'\n' }, bytes);
    }

    [Theory]
    [InlineData("1234.5", "1234,5")]
    [InlineData("-0.25", "-0,25")]
    [InlineData("10080.00", "10080,00")]
    public void Decimals_have_a_decimal_comma_and_no_grouping(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_are_finnish_and_empty_values_are_empty_fields()
    {
        Assert.Equal("5.3.2026", CsvWriter.Format(new DateOnly(2026, 3, 5)));
        Assert.Equal(string.Empty, CsvWriter.Format(null));
        Assert.Equal("1", CsvWriter.Format(true));
        Assert.Equal("42", CsvWriter.Format(42L));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+358401234567", "'+358401234567")]
    [InlineData("@sum", "'@sum")]
    [InlineData(" edge space", "\" edge space\"")]
    [InlineData("plain", "plain")]
    public void Text_that_excel_would_run_as_a_formula_is_kept_as_text(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Format(value));
}
