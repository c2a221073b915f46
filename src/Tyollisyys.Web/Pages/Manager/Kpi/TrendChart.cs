using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>One period of a trend: its label, the figure (null when there was nothing to compute) and its target.</summary>
public sealed record TrendPoint(string Label, decimal? Value, decimal? Target);

/// <summary>
/// A small line chart as server-rendered SVG (no script, no inline style: the CSP forbids both; colours come from
/// site.css): the figure's values as a line with a dot per period, the target as a dashed line, the scale from zero to
/// a little above the largest number, the first and last period under the axis. role="img" with a title and a
/// description; each dot has its own title ("period: value"). The same numbers go in a table beside it.
/// </summary>
public static class TrendChart
{
    public const int Width = 360;
    public const int Height = 160;
    private const int Left = 44;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 26;

    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<TrendPoint> points, Func<decimal, string> format)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(format);
        var enc = HtmlEncoder.Default;
        var max = points.SelectMany(p => new[] { p.Value, p.Target }).OfType<decimal>().DefaultIfEmpty(0m).Max();
        var top = max <= 0m ? 1m : max * 1.1m;
        double X(int i) => points.Count == 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (i * (Width - Left - Right) / (double)(points.Count - 1));
        double Y(decimal v) => Top + ((double)(1m - (v / top)) * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"kpi-chart\" id=\"{enc.Encode(id)}\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-labelledby=\"{enc.Encode(id)}-title {enc.Encode(id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{enc.Encode(id)}-title\">{enc.Encode(title)}</title><desc id=\"{enc.Encode(id)}-desc\">{enc.Encode(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scale\" x=\"{Left - 4}\" y=\"{Top + 4}\" text-anchor=\"end\">{enc.Encode(format(Math.Round(top, 1)))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scale\" x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>");
        if (points.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scale\" x=\"{N(X(0))}\" y=\"{Height - 8}\" text-anchor=\"start\">{enc.Encode(points[0].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scale\" x=\"{N(X(points.Count - 1))}\" y=\"{Height - 8}\" text-anchor=\"end\">{enc.Encode(points[^1].Label)}</text>");
        }

        foreach (var run in Runs(points, p => p.Target))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"target\" points=\"{string.Join(' ', run.Select(i => $"{N(X(i))},{N(Y(points[i].Target!.Value))}"))}\" />");
        }

        foreach (var run in Runs(points, p => p.Value))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"value\" points=\"{string.Join(' ', run.Select(i => $"{N(X(i))},{N(Y(points[i].Value!.Value))}"))}\" />");
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is { } value)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{N(X(i))}\" cy=\"{N(Y(value))}\" r=\"3.5\" data-value=\"{value.ToString(CultureInfo.InvariantCulture)}\"><title>{enc.Encode(points[i].Label)}: {enc.Encode(format(value))}</title></circle>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The indexes of consecutive points that have a number, one list per unbroken run (a gap breaks the line).</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<TrendPoint> points, Func<TrendPoint, decimal?> of)
    {
        var run = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (of(points[i]) is null)
            {
                if (run.Count > 0)
                {
                    yield return run;
                }

                run = [];
                continue;
            }

            run.Add(i);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
