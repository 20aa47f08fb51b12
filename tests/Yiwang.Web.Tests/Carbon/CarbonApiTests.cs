using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>Footprints through the API: compute, scope (an enterprise only sees its own), audit, export, problems.</summary>
public abstract class CarbonApiTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enterprise_computes_aluminium_from_the_template_and_sees_pfc_in_the_breakdown()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        using var response = await client.PostAsJsonAsync("/api/v1/carbon/footprints", new
        {
            templateId = "aluminium-primary", productName = "A00 铝锭", referenceYear = 2025,
            parameters = new Dictionary<string, double> { ["electrolysisKwh"] = 13200, ["anodeEffectMinutes"] = 0.8 },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var result = body.GetProperty("result");
        var gases = result.GetProperty("byGas").EnumerateArray().Select(g => g.GetProperty("gas").GetString()).ToArray();
        Assert.Contains("CF4", gases);
        Assert.Contains("C2F6", gases);
        Assert.InRange(result.GetProperty("totalKgCo2e").GetDouble(), 4500, 22000);
        var uncertainty = result.GetProperty("uncertainty");
        Assert.InRange(result.GetProperty("totalKgCo2e").GetDouble(), uncertainty.GetProperty("p025").GetDouble(), uncertainty.GetProperty("p975").GetDouble());
        Assert.True(result.GetProperty("primaryDataShare").GetDouble() > 0.5, "smelter electricity and anode effect are the enterprise's own data");
        var stages = result.GetProperty("byStage").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ToArray();
        Assert.Equal(["raw-material", "production"], stages);

        var id = body.GetProperty("id").GetString();
        using var again = await client.GetAsync($"/api/v1/carbon/footprints/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        await using var scope = app.CreateScope();
        var platform = scope.ServiceProvider.GetRequiredService<Yiwang.Web.Platform.Data.PlatformDbContext>();
        Assert.Contains(platform.AuditEntries, e => e.Action == "carbon.footprint.computed" && e.Subject == id);
    }

    [Fact]
    public async Task Another_enterprise_footprint_is_not_found_and_not_listed()
    {
        var foreign = Guid.NewGuid();
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarbonDbContext>();
            db.Footprints.Add(new FootprintRecord
            {
                Id = foreign, OwnerUscc = "91110000100000000X", OwnerName = "别家企业", ProductName = "别家的钢", TemplateId = "steel-eaf",
                ReferenceYear = 2025, TotalKgCo2e = 400, CreatedAtUtc = app.HostClock.GetUtcNow().UtcDateTime, CreatedBy = "other", ResultJson = "{}",
            });
            await db.SaveChangesAsync(Ct);
        }

        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        foreach (var path in new[] { "", "/pact", "/report.csv" })
        {
            using var response = await client.GetAsync($"/api/v1/carbon/footprints/{foreign}{path}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var list = await (await client.GetAsync("/api/v1/carbon/footprints", Ct)).JsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), f => f.GetProperty("id").GetString() == foreign.ToString());
    }

    [Fact]
    public async Task Officials_cannot_compute_or_list_footprints_and_anonymous_is_challenged()
    {
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var compute = await official.PostAsJsonAsync("/api/v1/carbon/footprints", new { templateId = "steel-eaf", productName = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, compute.StatusCode);
        using var list = await official.GetAsync("/api/v1/carbon/footprints", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);

        using var anonymous = app.CreateClient();
        using var none = await anonymous.GetAsync("/api/v1/carbon/footprints", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Theory]
    [InlineData("{\"templateId\":\"no-such\",\"productName\":\"x\"}", "templateId")]
    [InlineData("{\"templateId\":\"aluminium-primary\",\"productName\":\"\"}", "productName")]
    [InlineData("{\"templateId\":\"aluminium-primary\",\"productName\":\"x\",\"parameters\":{\"electrolysisKwh\":99999}}", "parameters.electrolysisKwh")]
    [InlineData("{\"templateId\":\"aluminium-primary\",\"productName\":\"x\",\"factors\":{\"siteElectricity\":\"ets.cn.power.2022\"}}", "factors.siteElectricity")]
    [InlineData("{\"templateId\":\"aluminium-primary\",\"productName\":\"x\",\"suppliers\":{\"alumina\":\"6f1c1d0e-0000-4000-8000-000000000000\"}}", "suppliers.alumina")]
    public async Task Bad_activity_data_is_a_422_naming_the_field_in_the_callers_language(string json, string field)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        using var response = await client.PostAsync("/api/v1/carbon/footprints", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.DoesNotMatch("[\u4e00-\u9fff]", message);
    }

    [Fact]
    public async Task Report_downloads_as_csv_with_the_gbt_24067_items()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComputeAsync(client, "battery-lfp-pack");

        using var response = await client.GetAsync($"/api/v1/carbon/footprints/{id}/report.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("声明单位 Declared unit", text, StringComparison.Ordinal);
        Assert.Contains("分销运输 Distribution", text, StringComparison.Ordinal);
        Assert.Contains("寿命末期与回收 End of life and recycling", text, StringComparison.Ordinal);
        Assert.Contains("grid.cn.national.average.2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Factor_library_and_templates_are_public_reference_data()
    {
        using var client = app.CreateClient();
        var factors = await (await client.GetAsync("/api/v1/carbon/factors?series=grid-average&year=2023&region=CN", Ct)).JsonAsync();
        var single = factors.GetProperty("factors").EnumerateArray().Single();
        Assert.Equal(0.5306, single.GetProperty("value").GetDouble());
        Assert.False(string.IsNullOrEmpty(single.GetProperty("source").GetString()));

        var templates = await (await client.GetAsync("/api/v1/carbon/templates", Ct)).JsonAsync();
        Assert.Equal(6, templates.GetArrayLength());
        using var missing = await client.GetAsync("/api/v1/carbon/templates/no-such", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    internal static async Task<string> ComputeAsync(HttpClient client, string template, object? suppliers = null)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/carbon/footprints", new { templateId = template, productName = $"测试 {template}", referenceYear = 2025, suppliers }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }
}

public sealed class SqliteCarbonApiTests(SqliteApp app) : CarbonApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCarbonApiTests(PostgresApp app) : CarbonApiTests(app), IClassFixture<PostgresApp>;
