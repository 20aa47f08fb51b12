namespace Yiwang.Kernel.Web.Charts;

/// <summary>Where the browser finds the chart library: this host's static assets (never a CDN; see docs/adr/0008).</summary>
internal static class ChartAssets
{
    public const string ECharts = "_content/Yiwang.Kernel.Web/lib/echarts/echarts.min.js";

    /// <summary>The province outlines (GB/T 2260 codes as feature ids); ECharts adds the 南海诸岛 inset to the map named "china".</summary>
    public const string ChinaMap = "_content/Yiwang.Kernel.Web/lib/echarts/china.js";
}
