using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Yiwang.Indicators.Tests.Features;

public sealed class IndicatorsApiTests(IndicatorsApi api) : IClassFixture<IndicatorsApi>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<JsonElement> Json(string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Catalogue_lists_indicators_with_latest_value_and_targets()
    {
        var body = await Json("/api/v1/indicators");

        var fiveG = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "5g-base-stations");
        Assert.Equal(483.8m, fiveG.GetProperty("latest").GetProperty("value").GetDecimal());
        Assert.Equal("2025-12", fiveG.GetProperty("latest").GetProperty("period").GetString());
        Assert.Equal(450m, fiveG.GetProperty("targets")[0].GetProperty("value").GetDecimal());
        Assert.Equal(30, body.GetProperty("indicators").GetArrayLength());
        Assert.Equal("ict", fiveG.GetProperty("area").GetString());
        var perTenThousand = body.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "5g-base-stations-per-10k");
        Assert.Equal("5G基站总数（万个）÷ 年末常住人口（万人）× 10000", perTenThousand.GetProperty("formula").GetString());
    }

    [Fact]
    public async Task Observations_filter_by_period_and_carry_their_source()
    {
        var body = await Json("/api/v1/indicators/5g-base-stations/observations?from=2024-06&to=2024-12");

        var rows = body.GetProperty("observations").EnumerateArray().ToList();
        Assert.Equal(["2024-06", "2024-07", "2024-11", "2024-12"], rows.Select(r => r.GetProperty("period").GetString()));
        Assert.Contains("中国电子报", rows[2].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("reported", rows[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Observations_of_a_ratio_indicator_include_recomputed_values()
    {
        var body = await Json("/api/v1/indicators/5g-base-station-share/observations");

        Assert.Equal(5, body.GetProperty("derived").GetArrayLength());
    }

    [Fact]
    public async Task Observations_as_csv_have_a_header_and_one_line_per_value()
    {
        using var response = await api.Client.GetAsync(new Uri("/api/v1/indicators/5g-user-penetration/observations?format=csv&from=2025-01", UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("指标名称,指标代码,地区名称,地区代码,期别,数值", lines[0], StringComparison.Ordinal); // Chinese by default
        Assert.StartsWith("5G移动电话用户占比,5g-user-penetration,全国,000000,2025-02,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",公布值,", lines[1], StringComparison.Ordinal);
        Assert.Equal(1 + 7, lines.Length); // header + 2025-02, -05, -06, -09, -10, -11, -12

        using var english = await api.Client.GetAsync(new Uri("/api/v1/indicators/5g-user-penetration/observations?format=csv&from=2025-01&lang=en", UriKind.Relative), Ct);
        var englishLines = (await english.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("indicator_name,indicator,region_name,region,period,value", englishLines[0], StringComparison.Ordinal);
        Assert.Contains(",China,000000,", englishLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observations_are_csv_when_the_accept_header_asks_for_it_and_json_otherwise()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/indicators/5g-base-stations/observations?from=2025-12", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/csv");
        using var csv = await api.Client.SendAsync(request, Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("5g-base-stations,全国,000000,2025-12,", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var json = await api.Client.GetAsync(new Uri("/api/v1/indicators/5g-base-stations/observations?from=2025-12", UriKind.Relative), Ct);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/indicators/no-such-thing/observations")]
    [InlineData("/api/v1/indicators/no-such-thing/progress")]
    public async Task Unknown_indicator_is_a_404_problem(string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("region=12345", "region")]
    [InlineData("region=110001", "region")]
    [InlineData("from=2024-13", "from")]
    [InlineData("to=2024", "to")]
    [InlineData("from=2025-01&to=2024-01", "from")]
    [InlineData("format=xml", "format")]
    public async Task Bad_arguments_are_a_400_problem_naming_the_field(string query, string field)
    {
        using var response = await api.Client.GetAsync(new Uri($"/api/v1/indicators/5g-base-stations/observations?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Progress_explains_each_target()
    {
        var body = await Json("/api/v1/indicators/compute-total/progress");

        var target = Assert.Single(body.GetProperty("targets").EnumerateArray().ToList());
        Assert.Equal("on-track", target.GetProperty("status").GetString());
        Assert.Equal("2025-06", target.GetProperty("projectedPeriod").GetString());
        Assert.Equal(3.6381m, target.GetProperty("recentMonthlyPace").GetDecimal());
        // The fake clock says November 2026: the 2025 deadline has passed with no end-2025 figure, so it is flagged as a projection.
        Assert.False(string.IsNullOrEmpty(target.GetProperty("caveat").GetString()));
    }

    [Fact]
    public async Task Progress_of_a_reached_target()
    {
        var body = await Json("/api/v1/indicators/5g-base-stations/progress");

        var target = body.GetProperty("targets")[0];
        Assert.Equal("reached", target.GetProperty("status").GetString());
        Assert.Equal("2025-06", target.GetProperty("reachedIn").GetString());
    }

    [Fact]
    public async Task Progress_with_a_bad_region_is_a_400_problem()
    {
        using var response = await api.Client.GetAsync(new Uri("/api/v1/indicators/5g-base-stations/progress?region=abc", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Progress_of_an_indicator_without_targets_is_an_empty_list()
    {
        var body = await Json("/api/v1/indicators/mobile-base-stations/progress");

        Assert.Equal(0, body.GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public async Task Catalogue_lists_the_load_warnings()
    {
        var body = await Json("/api/v1/indicators");

        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith("compute-intelligent", StringComparison.Ordinal));
    }
}
