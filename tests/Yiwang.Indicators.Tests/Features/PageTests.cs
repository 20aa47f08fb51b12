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

        Assert.Contains("data-testid=\"indicator-summary\"", html, StringComparison.Ordinal);
        Assert.Equal(30, RowPattern().Count(html));
        Assert.Contains("data-testid=\"status\"", html, StringComparison.Ordinal); // each target's status as a labelled badge
        Assert.Contains("/indicators/5g-base-stations", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_page_draws_series_target_and_projection()
    {
        var html = await RenderAsync<IndicatorPage>(new() { ["Code"] = "compute-total" });

        Assert.Contains("data-testid=\"indicator-chart\"", html, StringComparison.Ordinal);
        Assert.True(ChartHasSeries(html), "the observed series is drawn (and tabled)");
        Assert.True(ChartHasTarget(html), "the target is drawn");
        Assert.True(ChartHasProjection(html), "the projection is drawn");
        Assert.Contains("data-testid=\"observations-table\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_page_of_an_unknown_code_renders_nothing_so_the_host_answers_404()
    {
        var html = await RenderAsync<IndicatorPage>(new() { ["Code"] = "nope" });

        Assert.DoesNotContain("indicator-chart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("yw-page-header", html, StringComparison.Ordinal); // nothing of a page: the host answers its 404 page
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

    [Fact]
    public async Task Area_dashboard_charts_each_indicator_of_the_area_with_targets_and_projection()
    {
        var html = await RenderAsync<Yiwang.Indicators.Features.ViewArea.AreaPage>(new() { ["Area"] = "ict" });

        var codes = Regex.Matches(html, "data-testid=\"area-indicator\" data-code=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(16, codes.Count);
        Assert.Contains("5g-base-stations", codes);
        Assert.DoesNotContain("data-centre-pue", codes);
        Assert.DoesNotContain("resident-population", codes); // context data, no dashboard
        var fiveG = html[html.IndexOf("data-code=\"5g-base-stations\"", StringComparison.Ordinal)..html.IndexOf("data-code=\"mobile-base-stations\"", StringComparison.Ordinal)];
        Assert.True(ChartHasSeries(fiveG));
        Assert.True(ChartHasTarget(fiveG));
        Assert.Contains("483.8", fiveG, StringComparison.Ordinal); // latest, 2025-12; the 450 target is reached, so no projection
        // Per 10,000 people: 34.4 at end-2025 against 38 by 2027 is projected.
        var perTenThousand = html[html.IndexOf("data-code=\"5g-base-stations-per-10k\"", StringComparison.Ordinal)..html.IndexOf("data-code=\"5g-mobile-users\"", StringComparison.Ordinal)];
        Assert.True(ChartHasProjection(perTenThousand));
        Assert.False(ChartHasProjection(fiveG));

        var green = await RenderAsync<Yiwang.Indicators.Features.ViewArea.AreaPage>(new() { ["Area"] = "green" });
        Assert.Contains("data-code=\"data-centre-pue\"", green, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"5g-base-stations\"", green, StringComparison.Ordinal);
        var sme = await RenderAsync<Yiwang.Indicators.Features.ViewArea.AreaPage>(new() { ["Area"] = "sme" });
        Assert.Equal(4, Regex.Count(sme, "data-testid=\"area-indicator\""));
        var unknown = await RenderAsync<Yiwang.Indicators.Features.ViewArea.AreaPage>(new() { ["Area"] = "nope" });
        Assert.DoesNotContain("area-indicator", unknown, StringComparison.Ordinal);
    }

    // The kit's chart carries its spec as JSON in data-yw-spec (attribute-encoded) and its figures in a table under it.
    // The renderer on its own writes non-ASCII text as character references (&#x89C2;): decode before looking for words.
    private static bool ChartHasSeries(string html) => html.Contains("data-yw-chart=\"category\"", StringComparison.Ordinal)
        && System.Net.WebUtility.HtmlDecode(html).Contains("<th scope=\"col\" class=\"is-num\">观测值", StringComparison.Ordinal);

    private static bool ChartHasTarget(string html) => html.Contains("&quot;target&quot;:{&quot;value&quot;", StringComparison.Ordinal);

    private static bool ChartHasProjection(string html) =>
        System.Net.WebUtility.HtmlDecode(html).Contains("<th scope=\"col\" class=\"is-num\">按近期趋势预测", StringComparison.Ordinal);

    [GeneratedRegex("data-testid=\"indicator-row\"")]
    private static partial Regex RowPattern();
}
