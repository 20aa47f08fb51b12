using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Enterprises;

/// <summary>
/// The register's pages as a browser gets them, in zh-CN and en: built from the kit, labels instead of codes, every error
/// at once with the typed values kept, and no identifier (size codes, rule-set ids, field names) in the visible text.
/// </summary>
public abstract partial class EnterprisePagesTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "小型企业", "属于中小企业", "从业人员 250 人，低于中型企业标准 300 人")]
    [InlineData("en", "small enterprise", "An SME", "Employees 250 is below the 300 a medium-sized enterprise needs")]
    public async Task Self_test_gives_a_verdict_and_every_comparison_in_words(string culture, string verdict, string sme, string comparison)
    {
        using var client = Client(culture);
        var html = await client.GetStringAsync("/size/self-test?industryCode=水泥制造 · 3011&employees=250&revenueTenThousandYuan=5000", Ct);

        var result = Section(html, "self-test-result");
        Assert.Contains(verdict, Text(result), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(sme, Text(result), StringComparison.Ordinal);
        Assert.Contains(comparison, Text(result), StringComparison.Ordinal);
        Assert.Contains("data-yw-picker=\"industries\"", html, StringComparison.Ordinal); // a picker, not a bare code box
        NoIdentifiers(html, culture);
    }

    [Fact]
    public async Task Self_test_shows_every_error_beside_its_field_and_keeps_what_was_typed()
    {
        using var client = Client("zh-CN");
        var html = await client.GetStringAsync("/size/self-test?industryCode=70&employees=12,5&revenueTenThousandYuan=abc", Ct);

        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("请选择到小类", html, StringComparison.Ordinal);
        Assert.Contains("从业人员“12,5”不是整数", html, StringComparison.Ordinal);
        Assert.Contains("营业收入“abc”不是数字", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12,5\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"self-test-result\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "企业名录", "所在地区", "规模")]
    [InlineData("en", "Enterprise register", "Region", "Size")]
    public async Task Register_lists_names_and_labels_and_filters_by_a_picked_region(string culture, string title, string region, string size)
    {
        using var client = await SignedInAsync(SeededAccounts.OfficialZhejiang, culture);
        var html = await client.GetStringAsync("/enterprises?region=" + Uri.EscapeDataString("浙江省 杭州市 西湖区 · 330106"), Ct);

        Assert.Contains(title, Text(Section(html, "register-title", "h1")), StringComparison.Ordinal);
        Assert.Contains($">{region}<", html, StringComparison.Ordinal);
        Assert.Contains($">{size}<", html, StringComparison.Ordinal);
        var rows = Regex.Count(html, "data-testid=\"register-row\"");
        Assert.True(rows > 0);
        Assert.Equal(rows, Regex.Count(html, "西湖区</td>")); // every row of the filtered list is in 西湖区
        Assert.Contains("data-testid=\"register-pager\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/enterprises/export?format=xlsx", html, StringComparison.Ordinal);
        NoIdentifiers(html, culture);
    }

    [Fact]
    public async Task Register_with_a_page_that_is_not_a_number_says_so_instead_of_failing()
    {
        using var client = await SignedInAsync(SeededAccounts.OfficialZhejiang, "zh-CN");
        using var response = await client.GetAsync("/enterprises?page=abc", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"register-page-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("页码“abc”无效", html, StringComparison.Ordinal);

        var outside = await client.GetStringAsync("/enterprises?region=110105", Ct);
        Assert.Contains("不在 浙江省 范围内", outside, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "我的企业", "接下来可以做什么")]
    [InlineData("en", "My enterprise", "What you can do next")]
    public async Task An_enterprise_opening_the_register_sees_its_own_entry_as_my_enterprise(string culture, string crumb, string next)
    {
        using var client = await SignedInAsync(SeededAccounts.Enterprise, culture);
        using var response = await client.GetAsync("/enterprises", Ct);

        Assert.EndsWith("/enterprises/91330106MA27XW1K3Y", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(crumb, html, StringComparison.Ordinal);
        Assert.Contains(next, html, StringComparison.Ordinal);
        Assert.Contains("杭州西湖精密机械有限公司", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"profile-size-explanation\"", html, StringComparison.Ordinal);
        Assert.Contains("/size/self-test?industryCode=3411", html, StringComparison.Ordinal);
        NoIdentifiers(html, culture);

        using var other = await client.GetAsync("/enterprises/91330106MA2CFEB019", Ct);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Statistics_draw_a_province_map_for_a_national_scope_and_areas_for_a_province()
    {
        using var national = await SignedInAsync(SeededAccounts.OfficialNational, "zh-CN");
        var html = await national.GetStringAsync("/enterprises/statistics", Ct);
        Assert.Contains("data-yw-chart=\"map\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stats-by-size\"", html, StringComparison.Ordinal);
        Assert.Contains("中小企业", html, StringComparison.Ordinal);
        NoIdentifiers(html, "zh-CN");

        using var province = await SignedInAsync(SeededAccounts.OfficialZhejiang, "en");
        var zj = await province.GetStringAsync("/enterprises/statistics", Ct);
        Assert.DoesNotContain("data-yw-chart=\"map\"", zj, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stats-by-area\"", zj, StringComparison.Ordinal);
        Assert.Contains("杭州市", zj, StringComparison.Ordinal);
        NoIdentifiers(zj, "en");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Impact_compares_two_standards_with_labels(string culture)
    {
        using var client = await SignedInAsync(SeededAccounts.OfficialZhejiang, culture);
        var html = await client.GetStringAsync("/enterprises/impact?from=miit-2011-300&to=nbs-2017", Ct);
        Assert.Contains("data-testid=\"impact-matrix\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"impact-no-change\"", html, StringComparison.Ordinal);
        Assert.Contains(culture == "en" ? "Small" : "小型", Text(Section(html, "impact-matrix", "table")), StringComparison.Ordinal);
        NoIdentifiers(html, culture);
    }

    [Fact]
    public async Task Impact_lists_every_problem_of_a_bad_draft_on_the_page()
    {
        using var client = await SignedInAsync(SeededAccounts.OfficialZhejiang, "zh-CN");
        var token = await PageClient.AntiforgeryTokenAsync(client, "/enterprises/impact");
        var draft = "{ \"formatVersion\": 1, \"id\": \"d\", \"nameZh\": \"草案\", \"profil\": \"x\", \"rows\": [ { \"id\": \"industry\", \"nameZh\": \"工业\", \"thresholds\": 5 } ] }";
        using var form = new MultipartFormDataContent
        {
            { new StringContent("impact-draft"), "_handler" }, { new StringContent(token), "__RequestVerificationToken" }, { new StringContent("nbs-2017"), "from" },
        };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(draft)), "draft", "draft.json");

        using var response = await client.PostAsync("/enterprises/impact", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var summary = Section(html, "form-errors");
        Assert.True(Regex.Count(summary, "<li>") >= 8, summary);
        Assert.Contains("是否应为“profile”", summary, StringComparison.Ordinal);
        Assert.Contains("第 1 行（工业）的 thresholds", summary, StringComparison.Ordinal);
        Assert.Contains("id=\"f-draft-error\"", html, StringComparison.Ordinal); // beside the file field too, not only in the summary
        Assert.DoesNotContain("could not be mapped", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_page_reports_added_rows_and_each_rejected_line_with_its_reason()
    {
        using var client = await SignedInAsync(SeededAccounts.OfficialXihu, "zh-CN");
        var token = await PageClient.AntiforgeryTokenAsync(client, "/enterprises/import");
        var good = Kernel.Codes.Uscc.FromBody("91330106MA2PAGE0" + (app.Kind == TestDatabaseKind.Sqlite ? "1" : "2")).Value;
        var csv = "统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入(万元),资产总额(万元)\r\n" +
                  $"{good},页面导入测试有限公司,330106,3411,30,800,\r\n" +
                  "91330106MA2PAGE0X9,坏代码有限公司,330106,3411,30,800,\r\n" +
                  $"{Kernel.Codes.Uscc.FromBody("91330106MA2PAGE03").Value},北京的企业,110105,3411,30,800,\r\n";
        using var form = new MultipartFormDataContent { { new StringContent("register-import"), "_handler" }, { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "名录.csv");

        var html = await (await client.PostAsync("/enterprises/import", form, Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("data-testid=\"import-report\"", html, StringComparison.Ordinal);
        Assert.Contains("已导入 1 家，2 行被拒绝", html, StringComparison.Ordinal);
        var problems = Section(html, "import-problems", "table");
        Assert.Contains(">3<", problems, StringComparison.Ordinal);
        Assert.Contains(">4<", problems, StringComparison.Ordinal);
        Assert.Contains("北京市 朝阳区不在您的辖区内", problems, StringComparison.Ordinal);
        NoIdentifiers(html, "zh-CN");

        var bomb = new ByteArrayContent(ZipBomb.Xlsx(sheetMiB: 200));
        using var again = new MultipartFormDataContent { { new StringContent("register-import"), "_handler" }, { new StringContent(token), "__RequestVerificationToken" }, { bomb, "file", "bomb.xlsx" } };
        var refused = await (await client.PostAsync("/enterprises/import", again, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"f-file-error\"", refused, StringComparison.Ordinal);
        Assert.Contains("解压后超过 100 MB", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workbench_shows_the_register_to_officials_and_its_size_to_an_enterprise()
    {
        using var official = await SignedInAsync(SeededAccounts.OfficialXihu, "zh-CN");
        var home = await official.GetStringAsync("/", Ct);
        Assert.Contains("名录企业", home, StringComparison.Ordinal);
        Assert.Contains("中小企业占比", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/enterprises/import\"", home, StringComparison.Ordinal);

        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, "en");
        var own = await enterprise.GetStringAsync("/", Ct);
        Assert.Contains("Enterprise size", own, StringComparison.Ordinal);
        Assert.Contains("href=\"/enterprises/91330106MA27XW1K3Y\"", own, StringComparison.Ordinal);
        Assert.Contains("href=\"/size/self-test\"", own, StringComparison.Ordinal);
    }

    private HttpClient Client(string culture)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    private async Task<HttpClient> SignedInAsync(string email, string culture)
    {
        var client = await PageClient.SignedInAsync(app, email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    /// <summary>The element carrying <paramref name="testId"/> up to its closing tag (good enough for the kit's flat markup).</summary>
    private static string Section(string html, string testId, string tag = "section")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{testId} is on the page");
        var open = html.LastIndexOf('<', start);
        var end = html.IndexOf($"</{(tag == "section" ? html[(open + 1)..].Split(' ', '>')[0] : tag)}>", start, StringComparison.Ordinal);
        return html[open..(end < 0 ? html.Length : end)];
    }

    /// <summary>What a reader sees: the text between tags, without scripts, styles or attributes.</summary>
    private static string Text(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " "));

    /// <summary>Size codes, rule-set ids, camelCase field names and exception text never reach the visible page.</summary>
    private static void NoIdentifiers(string html, string culture)
    {
        var text = Text(html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.DoesNotMatch(Identifier(), text);
        Assert.DoesNotContain("nbs-2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("miit-2011-300", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        if (culture != "en") Assert.DoesNotMatch(SizeCode(), text);
    }

    [GeneratedRegex("<script.*?</script>|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z0-9_]+\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\b(small|medium|large|micro|uncovered|not_covered)\b")]
    private static partial Regex SizeCode();
}

public sealed class SqliteEnterprisePagesTests(SqliteApp app) : EnterprisePagesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresEnterprisePagesTests(PostgresApp app) : EnterprisePagesTests(app), IClassFixture<PostgresApp>;
