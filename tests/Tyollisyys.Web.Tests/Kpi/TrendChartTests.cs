using AngleSharp.Html.Parser;
using Tyollisyys.Web.Pages.Manager.Kpi;
using Xunit;

namespace Tyollisyys.Web.Tests.Kpi;

public sealed class TrendChartTests
{
    private static readonly HtmlParser Parser = new();

    private static AngleSharp.Dom.IElement Render(params TrendPoint[] points)
    {
        using var writer = new StringWriter();
        TrendChart.Render("chart", "Otsikko <b>", "Kuvaus", points, v => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))
            .WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return Parser.ParseDocument("<body>" + writer + "</body>").QuerySelector("svg")!;
    }

    [Fact]
    public void The_chart_is_an_image_with_its_title_and_description_and_a_dot_per_value()
    {
        var svg = Render(new("1/26", 10m, 20m), new("2/26", 30m, 20m), new("3/26", 20m, 20m));

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("chart-title chart-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Otsikko <b>", svg.QuerySelector("title")!.TextContent);
        Assert.Equal("Kuvaus", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(["10", "30", "20"], svg.QuerySelectorAll("circle.point").Select(c => c.GetAttribute("data-value")));
        Assert.Equal(["1/26: 10", "2/26: 30", "3/26: 20"], svg.QuerySelectorAll("circle.point title").Select(t => t.TextContent));
    }

    [Fact]
    public void Values_scale_from_zero_at_the_bottom_to_the_largest_number_near_the_top()
    {
        var svg = Render(new("a", 0m, null), new("b", 100m, null));

        var dots = svg.QuerySelectorAll("circle.point").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(TrendChart.Height - 26, dots[0]);
        Assert.True(dots[1] > 12 && dots[1] < 30);
        var xs = svg.QuerySelectorAll("circle.point").Select(c => double.Parse(c.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([44d, TrendChart.Width - 12d], xs);
    }

    [Fact]
    public void A_period_without_a_value_breaks_the_line_and_a_missing_target_draws_no_target_line()
    {
        var svg = Render(new("a", 1m, null), new("b", 2m, null), new("c", null, null), new("d", 3m, null), new("e", 4m, null));

        Assert.Equal(2, svg.QuerySelectorAll("polyline.value").Length);
        Assert.Empty(svg.QuerySelectorAll("polyline.target"));
        Assert.Equal(4, svg.QuerySelectorAll("circle.point").Length);
    }

    [Fact]
    public void An_empty_trend_still_draws_its_axes()
    {
        var svg = Render();

        Assert.Equal(2, svg.QuerySelectorAll("line.axis").Length);
        Assert.Empty(svg.QuerySelectorAll("circle"));
    }
}
