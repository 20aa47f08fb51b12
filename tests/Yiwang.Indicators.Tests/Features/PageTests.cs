using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using Yiwang.Indicators.Features.ViewIndicators;
using Yiwang.Indicators.Tests.Infrastructure;

namespace Yiwang.Indicators.Tests.Features;

/// <summary>The pages rendered to HTML on their own; the web host's layout and routing are tested in Yiwang.Web.Tests.</summary>
public sealed partial class PageTests
{
    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?>? parameters = null) where TComponent : IComponent
    {
        await using var module = await ModuleServices.CreateAsync();
        await using var renderer = new HtmlRenderer(module.Provider, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters ?? []))).ToHtmlString());
    }

    [Fact]
    public async Task List_page_has_a_row_per_indicator_with_status()
    {
        var html = await RenderAsync<IndicatorsPage>();

        Assert.Contains("data-testid=\"indicators-table\"", html, StringComparison.Ordinal);
        Assert.Equal(29, RowPattern().Count(html));
        Assert.Contains("/indicators/5g-base-stations", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_page_draws_series_target_and_projection()
    {
        var html = await RenderAsync<IndicatorPage>(new() { ["Code"] = "compute-total" });

        Assert.Contains("data-testid=\"indicator-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-series\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-target\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-projection\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"observations-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_page_of_an_unknown_code_says_so()
    {
        var html = await RenderAsync<IndicatorPage>(new() { ["Code"] = "nope" });

        Assert.DoesNotContain("indicator-chart", html, StringComparison.Ordinal);
        Assert.Contains("nope", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compute_network_page_lists_8_hubs_and_10_clusters_and_says_there_are_no_cluster_values()
    {
        var html = await RenderAsync<Yiwang.Indicators.Features.ComputeNetwork.ComputeNetworkPage>();

        Assert.Equal(8, Regex.Count(html, "data-testid=\"hub\""));
        Assert.Equal(10, Regex.Count(html, "data-testid=\"cluster-row\""));
        Assert.Contains("data-testid=\"no-cluster-data\"", html, StringComparison.Ordinal);
        Assert.Contains("PUE &lt; 1.2", html, StringComparison.Ordinal); // 庆阳's approved target
        Assert.Contains("/indicators/data-centre-pue\">", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"indicator-row\"")]
    private static partial Regex RowPattern();
}
