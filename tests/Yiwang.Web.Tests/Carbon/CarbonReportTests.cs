using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Features.Footprints;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>
/// The GB/T 24067 / ISO 14067 report beyond the CSV: data-quality ratings (PACT DQR) carried into the PACT dqi, the
/// .xlsx workbook, the print layout, and the EU Battery Regulation Art. 7 breakdown, each scoped like the footprint.
/// </summary>
public abstract class CarbonReportTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rated_inputs_give_a_weighted_dqr_in_the_view_the_pact_dqi_and_the_workbook()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await CarbonApiTests.ComputeAsync(client, "battery-lfp-pack");
        var before = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync();
        var unrated = before.GetProperty("dataQuality");
        Assert.False(unrated.GetProperty("assessed").GetBoolean(), "nothing rated yet: not assessed");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unrated.GetProperty("overallDqr").ValueKind);
        var pactBefore = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}/pact", Ct)).JsonAsync();
        Assert.False(pactBefore.GetProperty("pcf").TryGetProperty("dqi", out _));
        var top = before.GetProperty("result").GetProperty("byProcess")[0];

        using var rate = await client.PutAsJsonAsync($"/api/v1/carbon/footprints/{id}/data-quality", new Dictionary<string, object>
        {
            [top.GetProperty("en").GetString()!] = new { technological = 1, temporal = 1.5, geographical = 2, completeness = 1, reliability = 3 },
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, rate.StatusCode);
        var view = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync();
        var quality = view.GetProperty("dataQuality");
        var coverage = quality.GetProperty("coveragePercent").GetDouble();
        Assert.Equal(Math.Round(100 * top.GetProperty("share").GetDouble(), 1), coverage, 0.11);
        Assert.Equal(1.7, quality.GetProperty("overallDqr").GetDouble()); // (1 + 1.5 + 2 + 1 + 3) / 5, one input rated

        var pact = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}/pact", Ct)).JsonAsync();
        var dqi = pact.GetProperty("pcf").GetProperty("dqi");
        Assert.Equal(3, dqi.GetProperty("reliabilityDQR").GetDouble());
        Assert.Equal(1.5, dqi.GetProperty("temporalDQR").GetDouble());
        Assert.Equal(coverage, dqi.GetProperty("coveragePercent").GetDouble());
        Assert.Equal(pactBefore.GetProperty("version").GetInt32() + 1, pact.GetProperty("version").GetInt32());

        using var xlsx = await client.GetAsync($"/api/v1/carbon/footprints/{id}/report.xlsx?usable=0.8&cycles=250&years=10", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(ReportWorkbook.SheetNames, MiniExcel.GetSheetNames(stream));
        var summary = Items(stream, "概览 Summary");
        Assert.Equal(1.7, Convert.ToDouble(summary["数据质量评级 DQR (1 good – 3 poor)"], CultureInfo.InvariantCulture));
        Assert.Equal(view.GetProperty("result").GetProperty("totalKgCo2e").GetDouble(), Convert.ToDouble(summary["碳足迹 Footprint kg CO2e"], CultureInfo.InvariantCulture), 1e-9);
        Assert.Contains("EU 2023/1542", (string)summary["标准 Standard"]!, StringComparison.Ordinal);
        var battery = Items(stream, "电池 BatteryArt7");
        Assert.Equal(2000, Convert.ToDouble(battery["全寿命供能 kWh delivered per kWh rated"], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(view.GetProperty("result").GetProperty("totalKgCo2e").GetDouble() / 2000,
            Convert.ToDouble(battery["合计 Total kg CO2e/kWh delivered"], CultureInfo.InvariantCulture), 1e-9);
        var dq = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "数据质量 DataQuality").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(dq, r => r["技术 Technological"] as string == "未评估 not assessed");
        Assert.Contains(dq, r => r["可靠性 Reliability"] is not string && Convert.ToDouble(r["可靠性 Reliability"], CultureInfo.InvariantCulture) is 3.0);

        await using var scope = app.CreateScope();
        var platform = scope.ServiceProvider.GetRequiredService<Yiwang.Web.Platform.Data.PlatformDbContext>();
        Assert.Contains(platform.AuditEntries, e => e.Action == "carbon.footprint.data-quality" && e.Subject == id);
    }

    [Fact]
    public async Task Steel_workbook_has_no_battery_sheet_and_the_gases_sheet_splits_fossil_and_biogenic()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await CarbonApiTests.ComputeAsync(client, "steel-eaf");

        using var xlsx = await client.GetAsync($"/api/v1/carbon/footprints/{id}/report.xlsx", Ct);

        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(ReportWorkbook.SheetNames[..^1], MiniExcel.GetSheetNames(stream));
        var gases = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "温室气体 Gases").Cast<IDictionary<string, object>>().ToList();
        Assert.NotEmpty(gases);
        Assert.All(gases, g => Assert.Contains((string)g["来源 Origin"], new[] { "化石 fossil", "生物源 biogenic" }));
        Assert.Equal("未评估 not assessed", Items(stream, "概览 Summary")["数据质量评级 DQR (1 good – 3 poor)"]);
    }

    [Fact]
    public async Task Ratings_given_with_the_computation_are_kept_and_appear_in_the_csv()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var probe = await client.PostAsJsonAsync("/api/v1/carbon/footprints", new { templateId = "steel-eaf", productName = "探针", referenceYear = 2025 }, Ct);
        var names = (await probe.JsonAsync()).GetProperty("result").GetProperty("byProcess").EnumerateArray().Select(p => p.GetProperty("en").GetString()!).ToList();

        using var response = await client.PostAsJsonAsync("/api/v1/carbon/footprints", new
        {
            templateId = "steel-eaf", productName = "带评分的钢", referenceYear = 2025,
            dataQuality = names.ToDictionary(n => n, _ => new { technological = 3, temporal = 3, geographical = 3, completeness = 3, reliability = 3 }),
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var quality = body.GetProperty("dataQuality");
        Assert.Equal(3, quality.GetProperty("overallDqr").GetDouble());
        Assert.Equal(100, quality.GetProperty("coveragePercent").GetDouble(), 0.05);
        var id = body.GetProperty("id").GetString();
        var csv = await client.GetStringAsync($"/api/v1/carbon/footprints/{id}/report.csv", Ct);
        Assert.Contains("\"数据质量评级 DQR (1 good - 3 poor)\",\"3\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_enterprises_footprint_has_no_workbook_and_cannot_be_rated()
    {
        var foreign = Guid.NewGuid();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarbonDbContext>();
            db.Footprints.Add(new FootprintRecord
            {
                Id = foreign, OwnerUscc = "91110000100000000X", OwnerName = "别家企业", ProductName = "别家的电池", TemplateId = "battery-lfp-pack",
                ReferenceYear = 2025, TotalKgCo2e = 100, CreatedAtUtc = app.HostClock.GetUtcNow().UtcDateTime, CreatedBy = "other", ResultJson = "{}",
            });
            await db.SaveChangesAsync(Ct);
        }

        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var xlsx = await client.GetAsync($"/api/v1/carbon/footprints/{foreign}/report.xlsx", Ct);
        Assert.Equal(HttpStatusCode.NotFound, xlsx.StatusCode);
        Assert.Equal("application/problem+json", xlsx.Content.Headers.ContentType?.MediaType);
        using var rate = await client.PutAsJsonAsync($"/api/v1/carbon/footprints/{foreign}/data-quality", new Dictionary<string, object>(), Ct);
        Assert.Equal(HttpStatusCode.NotFound, rate.StatusCode);
        using var page = await (await PageClient.SignedInAsync(app, SeededAccounts.Enterprise)).GetAsync($"/carbon/footprints/{foreign}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);

        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var officialRate = await official.PutAsJsonAsync($"/api/v1/carbon/footprints/{foreign}/data-quality", new Dictionary<string, object>(), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, officialRate.StatusCode);
        using var anonymous = app.CreateClient();
        using var none = await anonymous.GetAsync($"/api/v1/carbon/footprints/{foreign}/report.xlsx", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Theory]
    [InlineData("{\"technological\":0.5,\"temporal\":1,\"geographical\":1,\"completeness\":1,\"reliability\":1}", "technological")]
    [InlineData("{\"technological\":1,\"temporal\":1,\"geographical\":1,\"completeness\":1,\"reliability\":3.5}", "reliability")]
    [InlineData("{\"technological\":1,\"temporal\":1,\"geographical\":1,\"completeness\":1}", "reliability")]
    public async Task Ratings_off_the_scale_are_a_422_naming_the_indicator_in_english(string rating, string indicator)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        var id = await CarbonApiTests.ComputeAsync(client, "steel-eaf");
        var name = (await (await client.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync()).GetProperty("result").GetProperty("byProcess")[0].GetProperty("en").GetString()!;
        var json = $"{{{System.Text.Json.JsonSerializer.Serialize(name)}:{rating}}}";

        using var response = await client.PutAsync($"/api/v1/carbon/footprints/{id}/data-quality", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty($"dataQuality.{name}.{indicator}")[0].GetString()!;
        Assert.DoesNotMatch("[\u4e00-\u9fff]", message);
        using var badLife = await client.GetAsync($"/api/v1/carbon/footprints/{await CarbonApiTests.ComputeAsync(client, "battery-nmc-pack")}/report.xlsx?cycles=abc", Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLife.StatusCode);
        Assert.True((await badLife.JsonAsync()).GetProperty("errors").TryGetProperty("cycles", out _));
    }

    [Fact]
    public async Task Report_page_prints_in_sections_shows_art7_and_the_owner_rates_inputs_through_the_form()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await CarbonApiTests.ComputeAsync(api, "battery-nmc-pack");
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var path = $"/carbon/footprints/{id}";

        var html = await client.GetStringAsync($"{path}?usable=1&cycles=100&years=10", Ct);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal); // print rules live in the kit's stylesheet
        Assert.Contains("<section class=\"yw-print-break\" id=\"dq\" data-testid=\"report-data-quality\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"print-report\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/api/v1/carbon/report-print.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"battery-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"battery-assumed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"battery-error\"", html, StringComparison.Ordinal);
        var badLife = await client.GetStringAsync($"{path}?years=99", Ct);
        Assert.Matches("(?s)data-testid=\"battery-error\">.{0,200}使用年限应在 1 至 30 年之间<", badLife);
        Assert.Contains("data-testid=\"battery-assumed\"", badLife, StringComparison.Ordinal); // falls back to the labelled defaults
        Assert.Contains("report.xlsx?usable=1&amp;cycles=100&amp;years=10", html, StringComparison.Ordinal);
        Assert.Matches("(?s)data-testid=\"dqr-overall\">.{0,200}未评估", html);
        using (var script = await client.GetAsync("/api/v1/carbon/report-print.js", Ct))
        {
            Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
            Assert.Contains("window.print()", await script.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var token = await PageClient.AntiforgeryTokenAsync(client, path);
        var form = new Dictionary<string, string> { ["_handler"] = "carbon-dq", ["__RequestVerificationToken"] = token };
        var name = (await (await api.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync()).GetProperty("result").GetProperty("byProcess")[0].GetProperty("en").GetString()!;
        form["dq.0.name"] = name;
        foreach (var k in new[] { "technological", "temporal", "geographical", "completeness", "reliability" }) form[$"dq.0.{k}"] = "2";
        using var posted = await client.PostAsync(path, new FormUrlEncodedContent(form), Ct);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var after = await posted.Content.ReadAsStringAsync(Ct);
        Assert.Matches("(?s)data-testid=\"dqr-overall\">.{0,200}>2.00<", after);
        Assert.DoesNotContain("data-testid=\"dq-error\"", after, StringComparison.Ordinal);

        form["dq.0.reliability"] = "4";
        using var refused = await client.PostAsync(path, new FormUrlEncodedContent(form), Ct);
        Assert.Contains("data-testid=\"dq-error\"", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await (await api.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync();
        Assert.Equal(2, stored.GetProperty("dataQuality").GetProperty("overallDqr").GetDouble());
    }

    private static Dictionary<string, object?> Items(Stream stream, string sheet) =>
        MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目 Item"]!, r => r["值 Value"], StringComparer.Ordinal);
}

public sealed class SqliteCarbonReportTests(SqliteApp app) : CarbonReportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCarbonReportTests(PostgresApp app) : CarbonReportTests(app), IClassFixture<PostgresApp>;
