using System.Text.Json;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Web.Charts;

namespace Yiwang.Web.Tests.UiKit;

/// <summary>Charts carry their figures twice: as the spec ECharts draws and as an accessible table; text is encoded.</summary>
public sealed partial class ChartComponentTests
{
    [Fact]
    public async Task A_category_chart_renders_its_spec_and_the_same_figures_as_a_table()
    {
        var html = await Render.HtmlAsync<Chart>(new()
        {
            ["Title"] = "近3个月新立案",
            ["Categories"] = new List<string> { "2026-10", "2026-11", "2026-12" },
            ["Series"] = new List<ChartSeries> { new("新立案", [12, null, 7.5]) },
            ["Unit"] = "件",
            ["Decimals"] = 1,
            ["Kind"] = ChartKind.Line,
            ["Target"] = new ChartTarget(10, "目标"),
        });

        var spec = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(SpecAttribute().Match(html).Groups[1].Value)).RootElement;
        Assert.Equal("line", spec.GetProperty("kind").GetString());
        Assert.Equal(3, spec.GetProperty("categories").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, spec.GetProperty("series")[0].GetProperty("values")[1].ValueKind); // no data is not zero
        Assert.Equal(10, spec.GetProperty("target").GetProperty("value").GetDouble());
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"yw-chart__data\" open>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-11</th><td class=\"is-num\">—</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"is-num\">7.5</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_in_a_label_stays_text_in_the_attribute_and_the_table()
    {
        var html = await Render.HtmlAsync<Chart>(new()
        {
            ["Title"] = "t",
            ["Categories"] = new List<string> { "</script><script>alert(1)</script>" },
            ["Series"] = new List<ChartSeries> { new("\"><img src=x>", [1]) },
        });
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_province_map_lists_every_province_sorted_with_no_data_shown_as_such()
    {
        var html = await Render.HtmlAsync<ProvinceMap>(new()
        {
            ["Title"] = "各省",
            ["Values"] = new List<RegionValue> { new(RegionCode.Parse("330000"), 12), new(RegionCode.Parse("110000"), 30) },
        });
        var spec = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(SpecAttribute().Match(html).Groups[1].Value)).RootElement;
        Assert.Equal(RegionDirectory.Default.Provinces.Count, spec.GetProperty("values").GetArrayLength());
        var beijing = html.IndexOf("北京市", StringComparison.Ordinal);
        var zhejiang = html.IndexOf("浙江省</th>", StringComparison.Ordinal);
        Assert.True(beijing < zhejiang, "the table runs from the highest value down");
        Assert.Contains("data-china-src=", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-yw-spec=\"([^\"]*)\"")]
    private static partial Regex SpecAttribute();
}
