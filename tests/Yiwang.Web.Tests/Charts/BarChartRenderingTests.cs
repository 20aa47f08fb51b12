using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yiwang.Kernel.Web.Charts;

namespace Yiwang.Web.Tests.Charts;

/// <summary>
/// The shared chart rendered to HTML by Blazor's own HtmlRenderer (what static SSR sends), read back as XML: geometry is
/// proportional, odd data draws no broken SVG, and every text the caller supplies arrives encoded.
/// </summary>
public sealed class BarChartRenderingTests
{
    // 640 wide, 150 for the names, 80 for the value labels: the longest horizontal bar is 410 units.
    private const double Room = 410;

    [Fact]
    public async Task Horizontal_bar_widths_are_proportional_to_the_values()
    {
        var chart = await RenderAsync(Rows(("甲", 40), ("乙", 10), ("丙", 25)));

        Assert.Equal([Room, Room / 4, Room * 25 / 40], Widths(chart), Tolerance);
        Assert.All(Rects(chart), r => Assert.Equal(150, Number(r, "x")));
        Assert.Equal(["甲: 40", "乙: 10", "丙: 25"], Rects(chart).Select(r => r.Element("title")!.Value));
        Assert.Equal(["40", "10", "25"], ValueTexts(chart));
        var svg = Svg(chart);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("标题", svg.Attribute("aria-label")!.Value);
        Assert.Equal(3 * 24 + 10, Number(svg, "height"));
    }

    [Fact]
    public async Task Vertical_grouped_bars_share_the_baseline_have_proportional_heights_and_a_legend()
    {
        var chart = await RenderAsync(new()
        {
            ["Rows"] = new List<BarRow> { new("2026-01", [8, 2]), new("2026-02", [null, 4]), new("2026-03", [6, 0]) },
            ["Series"] = new List<BarSeries> { new("新立案", "#1d4ed8"), new("办结", "#067647") },
            ["Orientation"] = BarOrientation.Vertical,
            ["ShowValues"] = false,
        });

        var rects = Rects(chart);
        Assert.Equal(5, rects.Count); // the suppressed (null) month draws no bar
        Assert.Equal([160, 40, 80, 120, 0], rects.Select(r => Number(r, "height")), Tolerance);
        Assert.All(rects, r => Assert.Equal(170, Number(r, "y") + Number(r, "height"), 1));
        Assert.Equal("2026-02 · 办结: 4", rects[2].Element("title")!.Value);
        Assert.Equal(["#1d4ed8", "#067647"], rects.Take(2).Select(r => r.Attribute("fill")!.Value));
        Assert.Empty(ValueTexts(chart));
        var legend = chart.Element("figcaption")!.Value;
        Assert.Contains("新立案", legend, StringComparison.Ordinal);
        Assert.Contains("办结", legend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vertical_stacked_bars_rise_from_one_baseline_and_their_totals_stay_inside_the_image()
    {
        var chart = await RenderAsync(new()
        {
            ["Rows"] = new List<BarRow> { new("x", [3, 1]), new("y", [1, 1]) },
            ["Series"] = BarSeries.Named(["a", "b"]),
            ["Stacked"] = true,
            ["Orientation"] = BarOrientation.Vertical,
        });

        var rects = Rects(chart);
        Assert.Equal([120, 40, 40, 40], rects.Select(r => Number(r, "height")), Tolerance);
        Assert.Equal(Number(rects[0], "y"), Number(rects[1], "y") + Number(rects[1], "height"), 1); // b sits on a
        Assert.Equal(Number(rects[0], "y") + 120, Number(rects[2], "y") + 40, 1); // both rows share the baseline
        Assert.Equal(["4", "2"], ValueTexts(chart));
        var top = Svg(chart).Elements("g").SelectMany(g => g.Elements("text").Skip(1)).Min(t => Number(t, "y"));
        Assert.True(top >= 12, $"the tallest total's baseline ({top}) leaves room for 12px text"); // CSS draws chart text at 12px
    }

    [Fact]
    public async Task Stacked_segments_follow_each_other_and_the_total_is_labelled()
    {
        var chart = await RenderAsync(new()
        {
            ["Rows"] = new List<BarRow> { new("浙江省", [3, 1]), new("江苏省", [1, 1]) },
            ["Series"] = BarSeries.Named(["专精特新", "小巨人"]),
            ["Stacked"] = true,
        });

        var rects = Rects(chart);
        Assert.Equal([Room * 3 / 4, Room / 4, Room / 4, Room / 4], Widths(chart), Tolerance);
        Assert.Equal(Number(rects[0], "x") + Number(rects[0], "width"), Number(rects[1], "x"), 1);
        Assert.Equal(["4", "2"], ValueTexts(chart));
        Assert.Equal("浙江省 · 小巨人: 1", rects[1].Element("title")!.Value);
        Assert.Equal("浙江省", chart.Descendants("g").First().Attribute("data-row")!.Value);
    }

    [Fact]
    public async Task Zero_negative_non_finite_and_empty_data_draw_no_broken_bars()
    {
        var zeros = await RenderAsync(Rows(("a", 0), ("b", 0)));
        Assert.Equal([0, 0], Widths(zeros));

        var mixed = await RenderAsync(new()
        {
            ["Rows"] = new List<BarRow> { BarRow.Of("gain", 10), BarRow.Of("loss", -5), BarRow.Of("broken", double.NaN), BarRow.Of("hidden", null), new("none", []) },
        });
        Assert.Equal([Room, 0], Widths(mixed)); // NaN, null and no value draw nothing; a negative value no length
        Assert.Equal(["10", (-5).ToString("N0", Culture)], ValueTexts(mixed));
        Assert.Equal("loss: " + (-5).ToString("N0", Culture), Rects(mixed)[1].Element("title")!.Value);

        var empty = await RenderAsync(Rows());
        Assert.Empty(Rects(empty));
        Assert.Equal(10, Number(Svg(empty), "height"));

        var vertical = await RenderAsync(new() { ["Rows"] = new List<BarRow>(), ["Orientation"] = BarOrientation.Vertical });
        Assert.Empty(Rects(vertical));
        Assert.DoesNotContain(chartsText(zeros, mixed, empty, vertical), t => t.Contains("NaN", StringComparison.Ordinal) || t.Contains('∞', StringComparison.Ordinal));

        static IEnumerable<string> chartsText(params XElement[] charts) => charts.SelectMany(c => c.DescendantsAndSelf()).SelectMany(e => e.Attributes()).Select(a => a.Value);
    }

    [Fact]
    public async Task Labels_titles_and_colours_from_data_arrive_encoded_and_inert()
    {
        const string Script = "<script>alert('x')</script>";
        var (chart, html) = await RenderHtmlAsync(new()
        {
            ["Title"] = Script,
            ["Rows"] = new List<BarRow> { BarRow.Of(Script, 3, "red;background:url(javascript:alert(1))"), BarRow.Of("a\" onmouseover=\"alert(1)", 1) },
            ["Series"] = new List<BarSeries>(),
        });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(chart.DescendantsAndSelf().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Empty(chart.Descendants("script"));
        Assert.Equal(Script, chart.Element("figcaption")!.Element("strong")!.Value);
        Assert.Equal(Script, Svg(chart).Attribute("aria-label")!.Value);
        Assert.Equal(Script + ": 3", Rects(chart)[0].Element("title")!.Value);
        Assert.Equal("a\" onmouseover=\"alert(1)", chart.Descendants("g").Last().Attribute("data-row")!.Value);
        Assert.Equal(BarSeries.Palette[0], Rects(chart)[0].Attribute("fill")!.Value); // not a colour: the default instead
    }

    [Fact]
    public async Task Long_names_are_shortened_on_the_axis_and_whole_in_the_tooltip()
    {
        const string Name = "工业（采矿业，制造业，电力、热力、燃气及水生产和供应业）";
        var chart = await RenderAsync(new() { ["Rows"] = new List<BarRow> { BarRow.Of(Name, 1) }, ["LabelWidth"] = 170 });

        var caption = chart.Descendants("text").First().Value;
        Assert.Equal(Name[..12] + "…", caption); // 13 characters of 12 units fit the 164 units left of the bars
        Assert.Equal(Name + ": 1", Rects(chart)[0].Element("title")!.Value);
    }

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly IEqualityComparer<double> Tolerance = EqualityComparer<double>.Create((a, b) => Math.Abs(a - b) <= 0.06, v => 0);

    private static Dictionary<string, object?> Rows(params (string Label, double Value)[] rows) =>
        new() { ["Rows"] = rows.Select(r => BarRow.Of(r.Label, r.Value)).ToList() };

    private static async Task<XElement> RenderAsync(Dictionary<string, object?> parameters) => (await RenderHtmlAsync(parameters)).Chart;

    private static async Task<(XElement Chart, string Html)> RenderHtmlAsync(Dictionary<string, object?> parameters)
    {
        parameters.TryAdd("Title", "标题");
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = Culture;
        try
        {
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
                (await renderer.RenderComponentAsync<BarChart>(ParameterView.FromDictionary(parameters))).ToHtmlString());
            return (XElement.Parse(html), html);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static XElement Svg(XElement chart) => chart.Element("svg")!;

    private static List<XElement> Rects(XElement chart) => [.. Svg(chart).Descendants("rect")];

    private static List<double> Widths(XElement chart) => [.. Rects(chart).Select(r => Number(r, "width"))];

    /// <summary>The texts after the bars (the first text of each row is its name).</summary>
    private static List<string> ValueTexts(XElement chart) => [.. Svg(chart).Elements("g").SelectMany(g => g.Elements("text").Skip(1)).Select(t => t.Value)];

    private static double Number(XElement element, string attribute)
    {
        var value = double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);
        Assert.True(double.IsFinite(value) && value >= 0, $"{attribute}={value} is a drawable SVG length");
        return value;
    }
}
