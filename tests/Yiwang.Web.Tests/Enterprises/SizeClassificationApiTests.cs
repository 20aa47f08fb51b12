using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Enterprises;

public abstract class SizeClassificationApiTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Classify_IndustrialEnterprise_ReturnsSizeRowRuleSetAndExplanation()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/size-classifications",
            new { industryCode = "3011", employees = 250, revenueTenThousandYuan = 5000m, totalAssetsTenThousandYuan = 3000m }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        // 工业: medium needs X ≥ 300 and Y ≥ 2000; 250 employees misses it, small (X ≥ 20, Y ≥ 300) holds.
        Assert.Equal("small", body.GetProperty("size").GetString());
        Assert.Equal("nbs-2017", body.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.True(body.GetProperty("isSme").GetBoolean());
        Assert.NotEqual(0, body.GetProperty("explanation").GetArrayLength());
        Assert.Contains("300", body.GetProperty("explanation").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 40000, "large")]
    [InlineData(999, 40000, "medium")]
    [InlineData(1000, 39999.99, "medium")]
    [InlineData(300, 2000, "medium")]
    [InlineData(299, 2000, "small")]
    [InlineData(20, 300, "small")]
    [InlineData(19, 300, "micro")]
    [InlineData(20, 299.99, "micro")]
    public async Task Classify_IndustryBoundaries_FollowNbs2017Cascade(int employees, double revenue, string expected)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/size-classifications",
            new { industryCode = "C", employees, revenueTenThousandYuan = (decimal)revenue }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.JsonAsync()).GetProperty("size").GetString());
    }

    [Fact]
    public async Task Classify_UnderMiit300_LargeIsNotAnSme()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/size-classifications",
            new { industryCode = "51", employees = 200, revenueTenThousandYuan = 40000m, ruleSet = "miit-2011-300" }, Ct);
        var body = await response.JsonAsync();
        Assert.Equal("large", body.GetProperty("size").GetString());
        Assert.False(body.GetProperty("isSme").GetBoolean());
    }

    [Fact]
    public async Task Classify_FinanceIndustry_IsNotCoveredRatherThanGuessed()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/size-classifications", new { industryCode = "66", employees = 10 }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("notCovered", body.GetProperty("outcome").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("size").ValueKind);
    }

    [Theory]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": ", "malformed JSON")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": \"many\"}", "wrong type")]
    [InlineData("{\"industryCode\": \"XYZ\", \"employees\": 5}", "bad code")]
    [InlineData("{\"industryCode\": \"70\", \"employees\": 5, \"revenueTenThousandYuan\": 1, \"totalAssetsTenThousandYuan\": 1}", "too coarse")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": -1, \"revenueTenThousandYuan\": 1}", "negative")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": 5, \"revenueTenThousandYuan\": 1e12}", "absurd")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": 5}", "missing revenue")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": 5, \"revenueTenThousandYuan\": 1, \"ruleSet\": \"nope\"}", "unknown rule set")]
    public async Task Classify_BadInput_Returns400ProblemDetails(string json, string because)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/size-classifications", content, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{because}: got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.JsonAsync();
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": \"many\"}", "zh-CN", "employees", "从业人员应为整数")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": \"many\"}", "en", "employees", "Employees must be a whole number")]
    [InlineData("{\"industryCode\": 3011, \"employees\": 5}", "zh-CN", "industryCode", "行业代码应为文字")]
    [InlineData("{\"industryCode\": \"3011\", \"revenueTenThousandYuan\": [1]}", "en", "revenueTenThousandYuan", "Revenue (10k yuan) must be a number")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": ", "zh-CN", "body", "不是有效的 JSON")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": -1, \"revenueTenThousandYuan\": 1}", "zh-CN", "employees", "从业人员不能为负数")]
    [InlineData("{\"industryCode\": \"3011\", \"employees\": 5}", "zh-CN", "revenueTenThousandYuan", "请填写营业收入")]
    public async Task Classify_WrongTypesAndBrokenJson_Return400NamingTheFieldInTheCallersLanguage(string json, string culture, string field, string message)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/size-classifications", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("could not be converted", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_BadCode_AnswersInTheCallersLanguage()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await client.PostAsJsonAsync("/api/v1/size-classifications", new { industryCode = "99x", employees = 5 }, Ct);
        var en = (await response.JsonAsync()).GetProperty("errors").GetProperty("industryCode")[0].GetString();
        Assert.Contains("industry code", en, StringComparison.OrdinalIgnoreCase);

        using var zhClient = app.CreateClient();
        using var zhResponse = await zhClient.PostAsJsonAsync("/api/v1/size-classifications", new { industryCode = "99x", employees = 5 }, Ct);
        var zh = (await zhResponse.JsonAsync()).GetProperty("errors").GetProperty("industryCode")[0].GetString();
        Assert.Contains("行业代码", zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleSets_ListsBothShippedSets()
    {
        using var client = app.CreateClient();
        var body = await (await client.GetAsync("/api/v1/size-rule-sets", Ct)).JsonAsync();
        var ids = body.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray();
        Assert.Contains("miit-2011-300", ids);
        Assert.Contains("nbs-2017", ids);
    }
}

public sealed class SqliteSizeClassificationApiTests(SqliteApp app) : SizeClassificationApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSizeClassificationApiTests(PostgresApp app) : SizeClassificationApiTests(app), IClassFixture<PostgresApp>;
