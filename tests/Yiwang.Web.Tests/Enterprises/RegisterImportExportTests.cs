using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Enterprises;

public abstract class RegisterImportExportTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    static RegisterImportExportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Import_Gb18030CsvFromExcel_ImportsGoodRowsAndReportsEachBadRowWithItsLine()
    {
        var csv = string.Join("\r\n",
            "统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入(万元),资产总额(万元)",
            "91330106MA2DEMN01X,杭州西湖测试甲有限公司,330106,3011,250,5000,3000",
            "91330106MA2DEMN019,杭州西湖测试乙有限公司,330106,5131,10,900,",   // wrong check character
            "91330106MA2DEMN027,\"杭州西湖测试丙有限公司,分公司\",330106,7010,5,500,2500",
            "91330106MA2DEMN035,杭州西湖测试丁有限公司,330106,3011,-5,100,", // negative employees
            "91110105MA2DEMN04K,北京朝阳测试戊有限公司,110105,3011,30,400,");
        var fixedCsv = FixChecks(csv);
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);

        using var response = await client.PostAsync("/api/v1/enterprises/import", Upload(Encoding.GetEncoding("GB18030").GetBytes(fixedCsv), "名录.csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(2, report.GetProperty("added").GetInt32() + report.GetProperty("updated").GetInt32());
        Assert.Equal(3, report.GetProperty("rejected").GetInt32());
        var problems = report.GetProperty("problems").EnumerateArray().ToDictionary(p => p.GetProperty("line").GetInt32());
        Assert.Contains("18", problems[3].GetProperty("reason").GetString(), StringComparison.Ordinal); // names the check-character position
        Assert.Contains(Uscc(fixedCsv, 2), problems[3].GetProperty("original").GetString(), StringComparison.Ordinal);
        Assert.True(problems.ContainsKey(5));
        Assert.True(problems.ContainsKey(6)); // Beijing is outside a Xihu official's jurisdiction

        var imported = await (await client.GetAsync($"/api/v1/enterprises/{Uscc(fixedCsv, 1)}", Ct)).JsonAsync();
        Assert.Equal("杭州西湖测试甲有限公司", imported.GetProperty("name").GetString());
        Assert.Equal("small", imported.GetProperty("size").GetString());
        var quoted = await (await client.GetAsync($"/api/v1/enterprises/{Uscc(fixedCsv, 3)}", Ct)).JsonAsync();
        Assert.Equal("杭州西湖测试丙有限公司,分公司", quoted.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_WithoutTheRequiredHeader_Returns400AndImportsNothing()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var response = await client.PostAsync("/api/v1/enterprises/import", Upload("a,b,c\n1,2,3\n"u8.ToArray(), "x.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Import_WrongFileTypeOrEmpty_Returns400()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var pdf = await client.PostAsync("/api/v1/enterprises/import", Upload("%PDF-1.4"u8.ToArray(), "register.pdf"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        using var empty = await client.PostAsync("/api/v1/enterprises/import", Upload([], "register.csv"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Import_AsEnterprise_IsForbidden()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var response = await client.PostAsync("/api/v1/enterprises/import", Upload("uscc\n"u8.ToArray(), "x.csv"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_Csv_HasBomHeaderAndOnlyTheCallersScope()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var response = await client.GetAsync("/api/v1/enterprises/export?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("uscc,name,region_code,industry_code", lines[0], StringComparison.Ordinal);
        Assert.Contains("size", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",330106,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Xlsx_IsASpreadsheet()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var response = await client.GetAsync("/api/v1/enterprises/export?format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]); // an .xlsx is a zip package
        using var bad = await client.GetAsync("/api/v1/enterprises/export?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Impact_BetweenShippedSets_CountsEveryEnterpriseInScope()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var stats = await (await client.GetAsync("/api/v1/enterprises/statistics", Ct)).JsonAsync();
        var impact = await (await client.GetAsync("/api/v1/size-impact?from=miit-2011-300&to=nbs-2017", Ct)).JsonAsync();
        Assert.Equal(stats.GetProperty("total").GetInt32(), impact.GetProperty("overall").GetProperty("total").GetInt64());
        // Same thresholds in both sets: nobody moves.
        Assert.Equal(0, impact.GetProperty("overall").GetProperty("movedUp").GetInt64());
        Assert.Equal(0, impact.GetProperty("overall").GetProperty("movedDown").GetInt64());
        using var csv = await client.GetAsync("/api/v1/size-impact?from=miit-2011-300&to=nbs-2017&format=csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        using var unknown = await client.GetAsync("/api/v1/size-impact?from=nope&to=nbs-2017", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Impact_OfAMalformedDraft_Returns400NamingTheProblem()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var form = new MultipartFormDataContent { { new StringContent("nbs-2017"), "from" } };
        form.Add(new ByteArrayContent("{\"formatVersion\": 1, \"id\": \"draft\", \"rows\": [ {\"id\": \"x\"} ]}"u8.ToArray()), "draft", "draft.json");
        using var response = await client.PostAsync("/api/v1/size-impact", form, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("draft", (await response.JsonAsync()).GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Impact_OfADraftRaisingTheIndustrialSmallBound_MovesEnterprisesDown()
    {
        // The shipped NBS set with one change: 工业 small needs 200 employees instead of 20.
        await using var shipped = typeof(Yiwang.Enterprises.EnterprisesModule).Assembly.GetManifestResourceStream("Yiwang.Enterprises.RuleSets.nbs-2017.json")!;
        var draft = System.Text.Json.Nodes.JsonNode.Parse(shipped)!;
        draft["id"] = "draft-industry-200";
        var industry = draft["rows"]!.AsArray().Single(r => (string?)r!["id"] == "industry")!;
        industry["thresholds"]!["small"]!["employees"] = 200;

        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var form = new MultipartFormDataContent { { new StringContent("nbs-2017"), "from" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(draft.ToJsonString())), "draft", "draft.json");
        using var response = await client.PostAsync("/api/v1/size-impact", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var impact = await response.JsonAsync();
        Assert.Equal("draft-industry-200", impact.GetProperty("to").GetString());
        Assert.True(impact.GetProperty("overall").GetProperty("movedDown").GetInt64() > 0);
        Assert.Equal(0, impact.GetProperty("overall").GetProperty("movedUp").GetInt64());
        var rows = impact.GetProperty("byIndustryRow").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal(impact.GetProperty("overall").GetProperty("movedDown").GetInt64(), rows["industry"].GetProperty("movedDown").GetInt64());
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Gives every USCC a correct check character except the one on line 3, which the test wants wrong.</summary>
    private static string FixChecks(string csv)
    {
        var lines = csv.Split("\r\n");
        for (var i = 1; i < lines.Length; i++)
        {
            var body = lines[i][..17];
            var good = Kernel.Codes.Uscc.FromBody(body).Value;
            var wrong = body + (good[17] == '0' ? '1' : '0');
            lines[i] = (i == 2 ? wrong : good) + lines[i][18..];
        }

        return string.Join("\r\n", lines);
    }

    private static string Uscc(string csv, int dataLine) => csv.Split("\r\n")[dataLine][..18];
}

public sealed class SqliteRegisterImportExportTests(SqliteApp app) : RegisterImportExportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRegisterImportExportTests(PostgresApp app) : RegisterImportExportTests(app), IClassFixture<PostgresApp>;
