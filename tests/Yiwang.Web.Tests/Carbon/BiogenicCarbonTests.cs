using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Yiwang.Carbon.Features.Footprints;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>
/// The biogenic carbon content of the product (kg C per declared unit): entered through the API and the form, refused
/// with a 400 when impossible, shown in the report, the workbook and the CSV, exported in PACT with figures that agree
/// with one another, and read from a supplier's PACT footprint.
/// </summary>
public abstract class BiogenicCarbonTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Declared_content_reaches_the_view_the_report_the_workbook_and_a_consistent_pact_export()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var created = await client.PostAsJsonAsync("/api/v1/carbon/footprints",
            new { templateId = "steel-eaf", productName = "含生物源涂层的钢", referenceYear = 2025, biogenicCarbonContentKgC = 12.3 }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.JsonAsync();
        Assert.Equal(12.3, view.GetProperty("biogenicCarbonContentKgC").GetDouble());
        var id = view.GetProperty("id").GetString();
        var cradleToGate = view.GetProperty("result").GetProperty("cradleToGateKgCo2e").GetDouble();

        var pcf = (await (await client.GetAsync($"/api/v1/carbon/footprints/{id}/pact", Ct)).JsonAsync()).GetProperty("pcf");
        Assert.Equal("0.0123", pcf.GetProperty("biogenicCarbonContent").GetString()); // per kilogram: 12.3 kg C per t / 1000
        var withdrawal = Dec(pcf, "biogenicCarbonWithdrawal");
        Assert.Equal(-0.0451m, withdrawal); // −0.0123 × 44/12
        var excluding = Dec(pcf, "pCfExcludingBiogenic");
        Assert.Equal(Math.Round(cradleToGate / 1000, 6), (double)excluding, 9);
        Assert.Equal(excluding, Dec(pcf, "fossilGhgEmissions")); // no dLUC or aircraft: the same thing
        Assert.Equal(0m, Dec(pcf, "otherBiogenicGhgEmissions"));
        Assert.Equal(excluding + Dec(pcf, "otherBiogenicGhgEmissions") + withdrawal, Dec(pcf, "pCfIncludingBiogenic"));
        Assert.Equal("0", pcf.GetProperty("dLucGhgEmissions").GetString());
        Assert.Equal("ISO", pcf.GetProperty("biogenicAccountingMethodology").GetString());

        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var html = await page.GetStringAsync($"/carbon/footprints/{id}", Ct);
        Assert.Contains("data-testid=\"biogenic-content\">12.3 kg C/", html, StringComparison.Ordinal);
        Assert.Contains("-45.1 kg CO", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"cfp-kind\">部分产品碳足迹", html, StringComparison.Ordinal);

        using var stream = new MemoryStream(await client.GetByteArrayAsync($"/api/v1/carbon/footprints/{id}/report.xlsx", Ct));
        var summary = MiniExcel.Query(stream, useHeaderRow: true, sheetName: ReportWorkbook.SheetNames[0]).Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目 Item"]!, r => r["值 Value"], StringComparer.Ordinal);
        Assert.Equal(12.3, Convert.ToDouble(summary[ReportWorkbook.BiogenicContentItem], CultureInfo.InvariantCulture));
        Assert.Equal(-45.1, Convert.ToDouble(summary[ReportWorkbook.BiogenicWithdrawalItem], CultureInfo.InvariantCulture), 9);
        var csv = await client.GetStringAsync($"/api/v1/carbon/footprints/{id}/report.csv", Ct);
        Assert.Contains($"\"{ReportWorkbook.BiogenicContentItem}\",\"12.3\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undeclared_content_exports_zero_says_so_and_including_equals_excluding()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await CarbonApiTests.ComputeAsync(client, "aluminium-primary");

        var pf = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}/pact", Ct)).JsonAsync();
        var pcf = pf.GetProperty("pcf");
        Assert.Equal("0", pcf.GetProperty("biogenicCarbonContent").GetString());
        Assert.Equal("0", pcf.GetProperty("biogenicCarbonWithdrawal").GetString());
        Assert.Equal(Dec(pcf, "pCfExcludingBiogenic"), Dec(pcf, "pCfIncludingBiogenic"));
        Assert.Contains("Biogenic carbon content not declared", pf.GetProperty("comment").GetString(), StringComparison.Ordinal);
        var view = await (await client.GetAsync($"/api/v1/carbon/footprints/{id}", Ct)).JsonAsync();
        Assert.Equal(JsonValueKind.Null, view.GetProperty("biogenicCarbonContentKgC").ValueKind);
        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        Assert.Contains("data-testid=\"biogenic-content\">未申报", await page.GetStringAsync($"/carbon/footprints/{id}", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steel-eaf", "-0.5", "zh-CN", "不小于 0")]
    [InlineData("steel-eaf", "1000.5", "en", "cannot exceed the product's own mass (1000 kg")]
    [InlineData("steel-eaf", "1e308", "en", "cannot exceed")]
    [InlineData("battery-lfp-pack", "5000", "en", "implausible")]
    public async Task Impossible_contents_are_a_400_naming_the_field_in_the_callers_language(string template, string value, string language, string says)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, language);
        var json = $"{{\"templateId\":\"{template}\",\"productName\":\"坏的生物源碳\",\"referenceYear\":2025,\"biogenicCarbonContentKgC\":{value}}}";

        using var response = await client.PostAsync("/api/v1/carbon/footprints", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("biogenicCarbonContentKgC")[0].GetString()!;
        Assert.Contains(says, message, StringComparison.Ordinal);
        if (language == "en") Assert.DoesNotMatch("[\u4e00-\u9fff]", message);
        var list = await (await client.GetAsync("/api/v1/carbon/footprints", Ct)).JsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), f => f.GetProperty("productName").GetString() == "坏的生物源碳");
    }

    [Fact]
    public async Task A_non_number_is_a_400_problem_not_a_500()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        using var response = await client.PostAsync("/api/v1/carbon/footprints",
            new StringContent("{\"templateId\":\"steel-eaf\",\"productName\":\"x\",\"biogenicCarbonContentKgC\":\"NaN\"}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_form_takes_the_content_and_shows_refusals_on_the_form()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        const string Path = "/carbon/footprints/new?template=steel-eaf";
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "carbon-compute", ["__RequestVerificationToken"] = await PageClient.AntiforgeryTokenAsync(client, Path),
            ["productName"] = "表单生物源碳", ["referenceYear"] = "2025", ["biogenicCarbonContentKgC"] = "2.5",
        };
        Assert.Contains("data-testid=\"biogenic-carbon\"", await client.GetStringAsync(Path, Ct), StringComparison.Ordinal);

        using var saved = await client.PostAsync(Path, new FormUrlEncodedContent(form), Ct);
        Assert.Matches("/carbon/footprints/[0-9a-f-]{36}$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("data-testid=\"biogenic-content\">2.5 kg C/", await saved.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        foreach (var (bad, says) in new[] { ("abc", "应为数字，如 3.5"), ("-3", "不小于 0"), ("NaN", "应为数字，如 3.5"), ("2000", "不能超过产品本身的质量") })
        {
            form["biogenicCarbonContentKgC"] = bad;
            using var refused = await client.PostAsync(Path, new FormUrlEncodedContent(form), Ct);
            var html = await refused.Content.ReadAsStringAsync(Ct);
            Assert.Contains("id=\"f-biogenicCarbonContentKgC-error\"", html, StringComparison.Ordinal);
            Assert.Contains(says, html, StringComparison.Ordinal);
            Assert.EndsWith("/carbon/footprints/new", refused.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_suppliers_biogenic_carbon_content_is_read_on_import_and_checked()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var withContent = Supplier(Guid.NewGuid(), "0.41");
        using var imported = await client.PostAsync("/api/v1/carbon/supplier-footprints", Json(withContent), Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(0.41, (await imported.JsonAsync()).GetProperty("biogenicCarbonKgCPerDeclaredUnit").GetDouble());

        using var without = await client.PostAsync("/api/v1/carbon/supplier-footprints", Json(Supplier(Guid.NewGuid(), null)), Ct);
        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await without.JsonAsync()).GetProperty("biogenicCarbonKgCPerDeclaredUnit").ValueKind);

        foreach (var bad in new[] { "-1", "lots" })
        {
            using var refused = await client.PostAsync("/api/v1/carbon/supplier-footprints", Json(Supplier(Guid.NewGuid(), bad)), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("pcf.biogenicCarbonContent", out _));
        }

        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        Assert.Contains(">0.410<", await page.GetStringAsync("/carbon/suppliers", Ct), StringComparison.Ordinal);
    }

    private static decimal Dec(JsonElement pcf, string name) => decimal.Parse(pcf.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static StringContent Json(JsonObject o) => new(o.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject Supplier(Guid id, string? biogenicContent)
    {
        var pcf = new JsonObject { ["declaredUnit"] = "kilogram", ["unitaryProductAmount"] = "1", ["pCfExcludingBiogenic"] = "0.8", ["fossilGhgEmissions"] = "0.8" };
        if (biogenicContent is not null) pcf["biogenicCarbonContent"] = biogenicContent;
        return new JsonObject
        {
            ["id"] = id.ToString(), ["specVersion"] = "2.2.0", ["version"] = 1, ["companyName"] = "浙江示例竹木包装有限公司",
            ["productNameCompany"] = "竹木托盘", ["pcf"] = pcf,
        };
    }
}

public sealed class SqliteBiogenicCarbonTests(SqliteApp app) : BiogenicCarbonTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresBiogenicCarbonTests(PostgresApp app) : BiogenicCarbonTests(app), IClassFixture<PostgresApp>;
