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
    public async Task Export_Csv_HasBomChineseHeaderLabelsAndOnlyTheCallersScope()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var response = await client.GetAsync("/api/v1/enterprises/export?format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入(万元),资产总额(万元),报告年度,所在地区,行业名称,企业规模", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",330106,", l, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains("浙江省 杭州市 西湖区", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",小型,", StringComparison.Ordinal) || l.Contains(",微型,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",small,", StringComparison.Ordinal) || l.Contains("nbs-2017", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\d\.\d{5,}", string.Join('\n', lines)); // rounded to the unit: no 432.97629599999993

        using var english = await client.GetAsync("/api/v1/enterprises/export?format=csv&lang=en", Ct);
        var en = Encoding.UTF8.GetString((await english.Content.ReadAsByteArrayAsync(Ct))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan,reporting_year,Region,Industry,Size", en[0], StringComparison.Ordinal);
        Assert.Contains(en, l => l.Contains(",Small,", StringComparison.Ordinal) || l.Contains(",Micro,", StringComparison.Ordinal));
        using var badLanguage = await client.GetAsync("/api/v1/enterprises/export?format=csv&lang=fr", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
    }

    [Theory]
    [InlineData("csv", "")]
    [InlineData("csv", "&lang=en")]
    [InlineData("xlsx", "")]
    [InlineData("xlsx", "&lang=en")]
    public async Task Export_ImportsAgainUnchanged(string format, string lang)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var before = await (await client.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        var exported = await (await client.GetAsync($"/api/v1/enterprises/export?format={format}{lang}", Ct)).Content.ReadAsByteArrayAsync(Ct);

        using var response = await client.PostAsync("/api/v1/enterprises/import", Upload(exported, "名录." + format), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(before.GetProperty("total").GetInt32(), report.GetProperty("updated").GetInt32());
        var after = await (await client.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        Assert.Equal(Sizes(before), Sizes(after));
    }

    [Fact]
    public async Task Export_WritesANameThatLooksLikeAFormulaAsText_AndReadsItBack()
    {
        const string name = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        var uscc = Kernel.Codes.Uscc.FromBody("91330106MA2FRMX0" + (app.Kind == TestDatabaseKind.Sqlite ? "1" : "2")).Value;
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var csv = "uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan\n" +
                  $"{uscc},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\",330106,3411,12,100,\n";
        using (var imported = await client.PostAsync("/api/v1/enterprises/import", Upload(Encoding.UTF8.GetBytes(csv), "x.csv"), Ct))
            Assert.Equal(1, (await imported.JsonAsync()).GetProperty("added").GetInt32());

        var text = Encoding.UTF8.GetString(await (await client.GetAsync($"/api/v1/enterprises/export?format=csv&q={uscc}", Ct)).Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", text, StringComparison.Ordinal);

        var xlsx = await (await client.GetAsync($"/api/v1/enterprises/export?format=xlsx&q={uscc}", Ct)).Content.ReadAsByteArrayAsync(Ct);
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx)))
        {
            var sheet = new StreamReader(zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Open()).ReadToEnd();
            Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
            Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
            Assert.Contains("t=\"str\"", sheet, StringComparison.Ordinal); // a string cell, never a formula
        }

        using var again = await client.PostAsync("/api/v1/enterprises/import", Upload(Encoding.UTF8.GetBytes(text), "again.csv"), Ct);
        Assert.Equal(1, (await again.JsonAsync()).GetProperty("updated").GetInt32());
        Assert.Equal(name, (await (await client.GetAsync($"/api/v1/enterprises/{uscc}", Ct)).JsonAsync()).GetProperty("name").GetString());
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
    public async Task Impact_OfADraftWithManyMistakes_ListsEveryOneInPlainWords()
    {
        await using var shipped = typeof(Yiwang.Enterprises.EnterprisesModule).Assembly.GetManifestResourceStream("Yiwang.Enterprises.RuleSets.nbs-2017.json")!;
        var draft = System.Text.Json.Nodes.JsonNode.Parse(shipped)!;
        draft["rows"]![0]!["threshold"] = 1;                                    // a typo: an unknown field
        draft["rows"]![1]!["thresholds"]!["small"]!["employees"] = "20";        // a number in quotes
        draft["rows"]![2]!.AsObject().Remove("nameEn");                         // a missing text
        draft["rows"]![3]!["thresholds"]!["medium"]!["employees"] = 500;        // bounds out of order
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var form = new MultipartFormDataContent { { new StringContent("nbs-2017"), "from" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(draft.ToJsonString())), "draft", "draft.json");

        using var response = await client.PostAsync("/api/v1/size-impact", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = (await response.JsonAsync()).GetProperty("errors").GetProperty("draft").EnumerateArray().Select(m => m.GetString()!).ToArray();
        Assert.Equal(4, messages.Length);
        Assert.Contains(messages, m => m.StartsWith("第 1 行", StringComparison.Ordinal) && m.Contains("thresholds", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("第 4 行（批发业）", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("could not be mapped", m, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain("RuleSetFile", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Impact_WithABrokenUploadOrBadParameters_Returns400()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var broken = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"draft\"; filename=\"d.json\"\r\n\r\n{"u8.ToArray());
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        using var response = await client.PostAsync("/api/v1/size-impact", broken, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var format = await client.GetAsync("/api/v1/size-impact?from=nbs-2017&to=nbs-2017&format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        using var csv = await client.GetAsync("/api/v1/size-impact?from=miit-2011-300&to=nbs-2017&format=csv", Ct);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("统计范围,名称", text, StringComparison.Ordinal);
        Assert.Contains("小型", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not_covered", text, StringComparison.Ordinal);
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

    private static string Sizes(System.Text.Json.JsonElement page) =>
        string.Join(';', page.GetProperty("items").EnumerateArray().Select(e => $"{e.GetProperty("uscc").GetString()}={e.GetProperty("size")}").Order(StringComparer.Ordinal));

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
