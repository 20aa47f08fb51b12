using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Indicators;

/// <summary>Indicator data through the real host: seeded from the data file, imported, corrected, compared.</summary>
public abstract class IndicatorsDataTests(YiwangApp app)
{
    public const string OfficialNational = "official.national@yiwang.local";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    static IndicatorsDataTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static MultipartFormDataContent Upload(byte[] bytes, string fileName, string? reason = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (reason is not null) form.Add(new StringContent(reason), "reason");
        return form;
    }

    [Fact]
    public async Task Seed_PutsTheShippedObservationsInTheDatabase_AndTheApiReadsThem()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>();
        Assert.True(await db.Observations.CountAsync(o => o.Region == "000000", Ct) >= 165);
        Assert.Equal(await db.Observations.CountAsync(Ct), await db.Revisions.Select(r => r.ObservationId).Distinct().CountAsync(Ct));

        using var client = app.CreateClient();
        var catalogue = await (await client.GetAsync("/api/v1/indicators", Ct)).JsonAsync();
        var fiveG = catalogue.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "5g-base-stations");
        Assert.Equal(450m, fiveG.GetProperty("targets")[0].GetProperty("value").GetDecimal());
        var progress = await (await client.GetAsync("/api/v1/indicators/5g-base-stations/progress", Ct)).JsonAsync();
        Assert.Equal("reached", progress.GetProperty("targets")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Catalogue_LatestOfEveryIndicator_IsTheLastObservationOfItsSeries()
    {
        using var client = app.CreateClient();
        var catalogue = await (await client.GetAsync("/api/v1/indicators", Ct)).JsonAsync();

        foreach (var indicator in catalogue.GetProperty("indicators").EnumerateArray())
        {
            var code = indicator.GetProperty("code").GetString();
            var series = await (await client.GetAsync($"/api/v1/indicators/{code}/observations", Ct)).JsonAsync();
            var last = series.GetProperty("observations").EnumerateArray().LastOrDefault();
            var latest = indicator.GetProperty("latest");
            if (last.ValueKind == System.Text.Json.JsonValueKind.Undefined) Assert.Equal(System.Text.Json.JsonValueKind.Null, latest.ValueKind);
            else Assert.Equal(last.GetProperty("period").GetString(), latest.GetProperty("period").GetString());
        }
    }

    [Fact]
    public async Task Import_Gb18030WithOneBadRow_ImportsTheRestAndReportsTheRow()
    {
        var csv = string.Join("\r\n",
            "指标代码,地区代码,期别,数值,单位,来源",
            "5g-mobile-users,000000,2026-01,12.10,亿户,工信部2026年1月通信业经济运行情况",
            "gigabit-broadband-users,000000,2026-01,2.41,亿户,工信部2026年1月通信业经济运行情况",
            "5g-mobile-users,000000,2026-02,12.2,万个,工信部2026年2月通信业经济运行情况");
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);

        using var response = await client.PostAsync("/api/v1/indicators/observations/import", Upload(Encoding.GetEncoding("GB18030").GetBytes(csv), "通信业2026-01.csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(2, report.GetProperty("added").GetInt32());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("unit", error.GetProperty("field").GetString());
        Assert.Contains("万个", error.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var series = await (await app.CreateClient().GetAsync("/api/v1/indicators/5g-mobile-users/observations?from=2026-01", Ct)).JsonAsync();
        var row = Assert.Single(series.GetProperty("observations").EnumerateArray().ToList());
        Assert.Equal(12.10m, row.GetProperty("value").GetDecimal());
        Assert.Equal("工信部2026年1月通信业经济运行情况", row.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("&lang=en")]
    public async Task Export_IsInWordsAndImportsAgainUnchanged(string lang)
    {
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);
        var exported = await client.GetByteArrayAsync($"/api/v1/indicators/gigabit-broadband-users/observations?format=csv&from=2025-01{lang}", Ct);

        using var response = await client.PostAsync("/api/v1/indicators/observations/import", Upload(exported, "gigabit.csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(0, report.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Correct_KeepsTheOldValueAsARevision_VisibleInApiAndPage_AndAudited()
    {
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);

        using var response = await client.PutAsJsonAsync("/api/v1/indicators/broadband-access-ports/observations/2024-07",
            new { value = 11.84m, reason = "按统计公报原文更正" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("revision").GetInt32());
        var history = await (await app.CreateClient().GetAsync("/api/v1/indicators/broadband-access-ports/observations/2024-07/revisions", Ct)).JsonAsync();
        Assert.Equal([11.84m, 11.83m], history.EnumerateArray().Select(r => r.GetProperty("value").GetDecimal()));
        Assert.Equal(["edit", "seed"], history.EnumerateArray().Select(r => r.GetProperty("origin").GetString()));
        Assert.Equal("按统计公报原文更正", history[0].GetProperty("reason").GetString());

        var html = await app.CreateClient().GetStringAsync("/indicators/broadband-access-ports", Ct);
        Assert.Contains("data-testid=\"revisions-table\"", html, StringComparison.Ordinal);
        Assert.Contains("按统计公报原文更正", html, StringComparison.Ordinal);

        await using var scope = app.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.True(await audit.AuditEntries.AnyAsync(e => e.Action == "indicators.corrected" && e.Subject == "broadband-access-ports/000000/2024-07", Ct));
    }

    [Theory]
    [InlineData("{\"value\":1}", "reason")]
    [InlineData("{\"reason\":\"x\"}", "value")]
    [InlineData("{\"value\":1,\"reason\":\"x\",\"status\":\"guess\"}", "status")]
    public async Task Correct_WithMissingOrBadFields_Is400NamingTheField(string json, string field)
    {
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);
        using var body = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PutAsync("/api/v1/indicators/5g-base-stations/observations/2024-07", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Correct_AValueThatDoesNotExist_Is404_AndABadPeriodIs400()
    {
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);
        using var missing = await client.PutAsJsonAsync("/api/v1/indicators/5g-base-stations/observations/2019-01", new { value = 1, reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var bad = await client.PutAsJsonAsync("/api/v1/indicators/5g-base-stations/observations/2019-13", new { value = 1, reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Import_NotACsvOrWithoutTheColumns_Is400()
    {
        using var client = await ApiClient.SignedInAsync(app, OfficialNational);
        using var pdf = await client.PostAsync("/api/v1/indicators/observations/import", Upload("%PDF-1.4"u8.ToArray(), "a.pdf"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        using var header = await client.PostAsync("/api/v1/indicators/observations/import", Upload("a,b\n1,2\n"u8.ToArray(), "a.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, header.StatusCode);
        Assert.Equal("application/problem+json", header.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_BriefAndComputeNetworkArePublic_ImportNeedsAnOfficial()
    {
        using var anonymous = app.CreateClient();
        var brief = await anonymous.GetStringAsync("/indicators/brief?month=2025-11", Ct);
        Assert.Contains("data-testid=\"brief-value\" data-code=\"5g-base-stations\"", brief, StringComparison.Ordinal);
        Assert.Contains("brief?month=2025-11&amp;format=xlsx", brief, StringComparison.Ordinal);
        using var md = await anonymous.GetAsync("/api/v1/indicators/brief?month=2025-11&format=md", Ct);
        Assert.Contains("483", await md.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var network = await anonymous.GetStringAsync("/indicators/compute-network", Ct);
        Assert.Contains("庆阳", network, StringComparison.Ordinal);

        using var official = await PageClient.SignedInAsync(app, OfficialNational);
        var form = await official.GetStringAsync("/indicators/import", Ct);
        Assert.Contains("data-testid=\"indicators-import-form\"", form, StringComparison.Ordinal);
        using var enterprise = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var denied = await enterprise.GetAsync("/indicators/import", Ct);
        Assert.DoesNotContain("indicators-import-form", await denied.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provinces_WithoutImportedData_SayThereIsNone_AndAfterAnImportRankThem()
    {
        using var anonymous = app.CreateClient();
        var before = await (await anonymous.GetAsync("/api/v1/indicators/fixed-broadband-users/provinces", Ct)).JsonAsync();
        Assert.Equal(0, before.GetProperty("provinces").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(before.GetProperty("notice").GetString()));

        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var import = await zhejiang.PostAsync("/api/v1/indicators/observations/import",
            Upload("indicator,region,period,value,source\n5g-base-stations-per-10k,330000,2025-12,40.1,浙江省通信管理局（测试数据）\n"u8.ToArray(), "zj.csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var after = await (await anonymous.GetAsync("/api/v1/indicators/5g-base-stations-per-10k/provinces?period=2025-12", Ct)).JsonAsync();
        var row = Assert.Single(after.GetProperty("provinces").EnumerateArray().ToList());
        Assert.Equal("330000", row.GetProperty("region").GetString());
        Assert.Equal(34.4m, after.GetProperty("national").GetProperty("value").GetDecimal());
        var html = await anonymous.GetStringAsync("/indicators/5g-base-stations-per-10k/provinces", Ct);
        Assert.Contains("data-testid=\"province-row\" data-region=\"330000\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerTenThousand_IsStoredOnEachProvider_AndFollowsAProvincialImport()
    {
        using var anonymous = app.CreateClient();
        var national = await (await anonymous.GetAsync("/api/v1/indicators/5g-base-stations-per-10k/observations?from=2024-12&to=2024-12", Ct)).JsonAsync();
        var computed = Assert.Single(national.GetProperty("observations").EnumerateArray().ToList());
        Assert.Equal((30.19m, "derived"), (computed.GetProperty("value").GetDecimal(), computed.GetProperty("status").GetString()));

        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var import = await zhejiang.PostAsync("/api/v1/indicators/observations/import",
            Upload("indicator,region,period,value,source\n5g-base-stations,330000,2024-12,20.01,浙江省通信管理局（测试数据）\n"u8.ToArray(), "zj-5g.csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var province = await (await anonymous.GetAsync("/api/v1/indicators/5g-base-stations-per-10k/observations?region=330000&from=2024-12&to=2024-12", Ct)).JsonAsync();
        Assert.Equal(30m, Assert.Single(province.GetProperty("observations").EnumerateArray().ToList()).GetProperty("value").GetDecimal()); // 20.01 ÷ 6670 × 10000

        var population = await (await anonymous.GetAsync("/api/v1/indicators/resident-population/provinces?period=2024-12", Ct)).JsonAsync();
        Assert.Equal(31, population.GetProperty("provinces").GetArrayLength());
        Assert.Equal("440000", population.GetProperty("provinces")[0].GetProperty("region").GetString());
    }

    [Fact]
    public async Task AreaPages_ChartEachIndicatorOfTheArea_AndAnUnknownAreaIs404()
    {
        using var anonymous = app.CreateClient();
        var ict = await anonymous.GetStringAsync("/indicators/area/ict", Ct);
        Assert.Contains("data-testid=\"area-indicator\" data-code=\"5g-base-stations\"", ict, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"is-num\">按近期趋势预测", ict, StringComparison.Ordinal); // a projection drawn (and tabled)
        var green = await anonymous.GetStringAsync("/indicators/area/green", Ct);
        Assert.Contains("data-code=\"data-centre-pue\"", green, StringComparison.Ordinal);
        using var unknown = await anonymous.GetAsync("/indicators/area/nope", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

public sealed class SqliteIndicatorsDataTests(SqliteApp app) : IndicatorsDataTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresIndicatorsDataTests(PostgresApp app) : IndicatorsDataTests(app), IClassFixture<PostgresApp>;
