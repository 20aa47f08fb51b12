using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Yiwang.Indicators.Tests.Features;

public sealed class BriefTests(IndicatorsApi api) : IClassFixture<IndicatorsApi>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private Task<HttpResponseMessage> GetAsync(string url) => api.Client.GetAsync(new Uri(url, UriKind.Relative), Ct);

    [Fact]
    public async Task Brief_lists_the_months_values_and_judges_progress_with_the_data_of_that_month_only()
    {
        using var response = await GetAsync("/api/v1/indicators/brief?month=2024-11");
        var brief = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("2024-11", brief.GetProperty("month").GetString());
        var fiveG = brief.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("indicator").GetString() == "5g-base-stations");
        Assert.Equal(419.1m, fiveG.GetProperty("value").GetDecimal());
        Assert.Equal(399.6m, fiveG.GetProperty("previousValue").GetDecimal());
        // In November 2024 the 450万 target had not been reached yet (it was in 2025-06).
        var target = brief.GetProperty("progress").EnumerateArray().First(p => p.GetProperty("indicator").GetString() == "5g-base-stations");
        Assert.NotEqual("reached", target.GetProperty("status").GetString());
        Assert.Equal("2024-11", target.GetProperty("latestPeriod").GetString());
    }

    [Fact]
    public async Task Brief_without_a_month_is_the_latest_month()
    {
        var brief = await (await GetAsync("/api/v1/indicators/brief")).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("2025-12", brief.GetProperty("month").GetString());
        Assert.Contains(brief.GetProperty("atRisk").EnumerateArray(), p => p.GetProperty("status").GetString() is "at-risk" or "missed");
    }

    [Fact]
    public async Task Brief_downloads_as_markdown_and_xlsx()
    {
        using var md = await GetAsync("/api/v1/indicators/brief?month=2025-11&format=md");
        var text = await md.Content.ReadAsStringAsync(Ct);
        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2025-11", text.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("| 5G基站总数 | 483.0 | 万个 |", text, StringComparison.Ordinal); // Chinese by default, rounded to the unit's place

        using var xlsx = await GetAsync("/api/v1/indicators/brief?month=2025-11&format=xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["本月数值", "目标进度"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "本月数值").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["指标代码"] == "5g-base-stations" && (string)r["指标"] == "5G基站总数");

        using var english = await GetAsync("/api/v1/indicators/brief?month=2025-11&format=xlsx&lang=en");
        using var englishStream = new MemoryStream(await english.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(["values", "progress"], MiniExcel.GetSheetNames(englishStream));
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("month=2025-13", "month")]
    public async Task Bad_arguments_are_400(string query, string field)
    {
        using var response = await GetAsync($"/api/v1/indicators/brief?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
    }
}
