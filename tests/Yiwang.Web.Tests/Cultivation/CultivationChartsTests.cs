using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Yiwang.Cultivation.Features.CultivationCharts;
using Yiwang.Testing;
using Yiwang.Web.Tests.Complaints;
using static Yiwang.Web.Tests.Cultivation.CultivationApi;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>
/// Tier counts by region and year and the digital-level city aggregates: each official sees its own jurisdiction one
/// level down (national → provinces, province → cities), enterprises see none, and the .xlsx holds the same figures.
/// </summary>
public abstract class CultivationChartsTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task National_sees_provinces_province_sees_its_cities_county_itself()
    {
        // The demo seed holds a recognised 专精特新 in 330106 (杭州市西湖区).
        using var national = await ApiClient.SignedInAsync(app, OfficialNational);
        var nationwide = await TiersAsync(national);
        var zhejiang = Row(nationwide, "330000");
        Assert.Equal("浙江省", zhejiang.GetProperty("name").GetString());
        Assert.True(zhejiang.GetProperty("counts").GetProperty("specialized").GetInt32() >= 1);
        Assert.All(nationwide.GetProperty("byRegion").EnumerateArray(), r => Assert.EndsWith("0000", r.GetProperty("key").GetString(), StringComparison.Ordinal));

        using var province = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var cities = await TiersAsync(province);
        Assert.Equal("330000", cities.GetProperty("region").GetString());
        Assert.True(Row(cities, "330100").GetProperty("counts").GetProperty("specialized").GetInt32() >= 1);
        Assert.All(cities.GetProperty("byRegion").EnumerateArray(), r => Assert.StartsWith("33", r.GetProperty("key").GetString(), StringComparison.Ordinal));
        var year = cities.GetProperty("byYear").EnumerateArray().Last().GetProperty("key").GetString();

        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var county = await TiersAsync(xihu, $"?year={year}");
        Assert.Equal(["330106"], county.GetProperty("byRegion").EnumerateArray().Select(r => r.GetProperty("key").GetString()));

        using var badYear = await province.GetAsync("/api/v1/cultivation/statistics/tiers?year=1800", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Equal("application/problem+json", badYear.Content.Headers.ContentType?.MediaType);
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var denied = await enterprise.GetAsync("/api/v1/cultivation/statistics/tiers", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        using var anonymous = app.CreateClient();
        using var unauthorised = await anonymous.GetAsync("/api/v1/cultivation/statistics/digital-levels", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
    }

    [Fact]
    public async Task Chart_page_draws_the_officials_regions_with_their_tables_and_enterprises_get_none()
    {
        using var national = await PageClient.SignedInAsync(app, OfficialNational);
        var html = await national.GetStringAsync("/cultivation/charts", Ct);
        Assert.Contains("data-testid=\"tier-region-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"tier-province-map\"", html, StringComparison.Ordinal); // MIIT compares provinces on the map
        Assert.Contains("<th scope=\"row\">浙江省</th>", ChartTable(html, "tier-region-chart"), StringComparison.Ordinal);

        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var provincial = await province.GetStringAsync("/cultivation/charts", Ct);
        Assert.Contains("<th scope=\"row\">杭州市</th>", ChartTable(provincial, "tier-region-chart"), StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">浙江省</th>", ChartTable(provincial, "tier-region-chart"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"tier-province-map\"", provincial, StringComparison.Ordinal);

        using var enterprise = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var none = await enterprise.GetStringAsync("/cultivation/charts", Ct);
        Assert.Contains("data-testid=\"charts-denied\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"tier-region-chart\"", none, StringComparison.Ordinal);
    }

    private static string ChartTable(string html, string testId) =>
        System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"{testId}-table\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;

    [Fact]
    public async Task Digital_levels_are_counted_per_city_in_scope_and_exported_as_xlsx()
    {
        await ExtraAccounts.EnsureAsync(app);
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using (var saved = await enterprise.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments", await FullAnswersAsync(3), Ct))
            Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        using (var again = await enterprise.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments", await FullAnswersAsync(3), Ct))
            Assert.Equal(HttpStatusCode.Created, again.StatusCode); // a second answer replaces the first: the enterprise counts once

        using var province = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var counts = await (await province.GetAsync("/api/v1/cultivation/statistics/digital-levels?city=330100", Ct)).JsonAsync();
        var hangzhou = counts.GetProperty("byCity").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "330100");
        var levels = hangzhou.GetProperty("levels").EnumerateArray().Select(l => l.GetInt32()).ToList();
        Assert.Equal(5, levels.Count);
        Assert.True(levels[3] >= 1);
        Assert.Equal(levels.Sum(), hangzhou.GetProperty("total").GetInt32());
        var progress = counts.GetProperty("progress").EnumerateArray().Last();
        Assert.Equal(levels, progress.GetProperty("levels").EnumerateArray().Select(l => l.GetInt32()));

        using var jiangsu = await ApiClient.SignedInAsync(app, ExtraAccounts.OfficialJiangsu);
        var elsewhere = await (await jiangsu.GetAsync("/api/v1/cultivation/statistics/digital-levels", Ct)).JsonAsync();
        Assert.DoesNotContain(elsewhere.GetProperty("byCity").EnumerateArray(), r => r.GetProperty("key").GetString() == "330100");
        using var badCity = await province.GetAsync("/api/v1/cultivation/statistics/digital-levels?city=33x", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badCity.StatusCode);

        using var xlsx = await province.GetAsync("/api/v1/cultivation/statistics/digital-levels.xlsx", Ct);
        Assert.Equal(ChartsWorkbook.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(ChartsWorkbook.SheetNames(english: false), MiniExcel.GetSheetNames(stream)); // Chinese by default
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: ChartsWorkbook.SheetNames(english: false)[0]).Cast<IDictionary<string, object>>().ToList();
        var sheetRow = rows.Single(r => (string)r["城市代码"] == "330100");
        Assert.Equal(levels[3], Convert.ToInt32(sheetRow["三级"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("杭州市", sheetRow["城市"]);

        using var english = await province.GetAsync("/api/v1/cultivation/statistics/digital-levels.xlsx?lang=en", Ct);
        using var en = new MemoryStream(await english.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(ChartsWorkbook.SheetNames(english: true), MiniExcel.GetSheetNames(en));
        var enRow = MiniExcel.Query(en, useHeaderRow: true, sheetName: "By city").Cast<IDictionary<string, object>>().Single(r => (string)r["City code"] == "330100");
        Assert.Equal(levels[3], Convert.ToInt32(enRow["Level 3"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Demo_seed_gives_four_zhejiang_cities_spread_over_levels_and_improving()
    {
        using var province = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var counts = await (await province.GetAsync("/api/v1/cultivation/statistics/digital-levels?city=330200", Ct)).JsonAsync();
        var ningbo = counts.GetProperty("byCity").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "330200");
        Assert.Equal(6, ningbo.GetProperty("total").GetInt32()); // six invented 鄞州区 enterprises, each counted once
        var levels = Levels(ningbo);
        Assert.True(levels.Count(l => l > 0) >= 2, "the seeded enterprises stand at more than one level");
        var progress = counts.GetProperty("progress").EnumerateArray().ToList();
        Assert.True(progress.Count >= 2);
        static int Weighted(IReadOnlyList<int> l) => l.Select((count, level) => count * level).Sum();
        Assert.True(Weighted(Levels(progress[^1])) >= Weighted(Levels(progress[^2])), "levels do not fall from one year to the next");
    }

    private static List<int> Levels(JsonElement row) => [.. row.GetProperty("levels").EnumerateArray().Select(l => l.GetInt32())];

    private static async Task<JsonElement> TiersAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync("/api/v1/cultivation/statistics/tiers" + query, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static JsonElement Row(JsonElement counts, string key) =>
        counts.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private Task<object> FullAnswersAsync(int scenarioLevel) => DigitalLevelAnswers.FullAsync(app, scenarioLevel, Ct);
}

public sealed class SqliteCultivationChartsTests(SqliteApp app) : CultivationChartsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCultivationChartsTests(PostgresApp app) : CultivationChartsTests(app), IClassFixture<PostgresApp>;
