using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Yiwang.Testing;
using static Yiwang.Web.Tests.Cultivation.CultivationApi;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>
/// The 专精特新 application as a wizard, as a browser posts it: plain labels and units from the facts schema (never the
/// fact ids), the register profile pre-filled, every error of a step at once beside its field with what was typed,
/// the live self-assessment, and a submission that says what happens next and by when. Its own host: it applies.
/// </summary>
public abstract partial class ApplyWizardPagesTests(CultivationClockApp app)
{
    private const string Path = "/cultivation/apply";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "从事特定细分市场年限", "万元", "基本条件", "企业名录（2025年度）")]
    [InlineData("en", "Years in the niche market", "10,000 yuan", "Basic conditions", "the enterprise register (2025)")]
    public async Task Each_step_asks_in_words_with_units_and_help_and_starts_from_the_register_profile(string culture, string label, string unit, string step, string prefill)
    {
        using var page = await SignedInAsync(culture);
        var start = await page.GetStringAsync(Path, Ct);
        Assert.Contains("data-testid=\"apply-tier\"", start, StringComparison.Ordinal);
        Assert.Contains(prefill, Section(start, "apply-prefill", "</div>"), StringComparison.Ordinal);
        Assert.Matches(FieldValue("revenueLastYearTenThousandYuan", "4200"), start); // the register's 2025 revenue, carried to the next step

        var html = await PostAsync(page, Step(await TokenAsync(page), 0, "next", tier: "specialized"));
        var text = VisibleText(html);
        Assert.Contains(label, text, StringComparison.Ordinal);
        Assert.Contains(unit, text, StringComparison.Ordinal);
        Assert.Contains(step, text, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"self-assessment\"", html, StringComparison.Ordinal);
        var identifiers = Identifier().Matches(text).Select(m => m.Value).ToList();
        Assert.True(identifiers.Count == 0, "code identifiers on the page: " + string.Join(", ", identifiers));
        Assert.DoesNotContain("cultivation-facts", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_with_bad_figures_shows_every_error_beside_its_field_and_keeps_what_was_typed()
    {
        using var page = await SignedInAsync("zh-CN");
        var form = Step(await TokenAsync(page), 1, "next", tier: "specialized",
            ("f.yearsInNicheMarket", "三年"), ("f.revenueLastYearTenThousandYuan", "12,5"), ("f.debtToAssetRatioPercent", "-3"));
        var html = WebUtility.HtmlDecode(await PostAsync(page, form));

        Assert.Contains("data-testid=\"form-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("从事特定细分市场年限：请填写数字", html, StringComparison.Ordinal);
        Assert.Contains("上年度营业收入：请填写数字", html, StringComparison.Ordinal); // "12,5" is no figure, not 125
        Assert.Contains("上年末资产负债率：不能为负数", html, StringComparison.Ordinal);
        Assert.Matches(FieldValue("yearsInNicheMarket", "三年"), html);
        Assert.Matches(FieldValue("revenueLastYearTenThousandYuan", "12,5"), html);
        Assert.Matches(FieldValue("rdStaff", "30"), html); // the other answers stay as posted
        Assert.Contains("data-testid=\"step-basic\"", html, StringComparison.Ordinal); // still on the same step
        Assert.DoesNotContain("yearsInNicheMarket:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_step_shows_the_gap_and_the_submission_says_when_the_county_decides()
    {
        using var page = await SignedInAsync("zh-CN");
        var review = await PostAsync(page, Step(await TokenAsync(page), 1, "next", tier: "specialized", ("f.debtToAssetRatioPercent", "85")));
        Assert.Contains("data-testid=\"apply-summary\"", review, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"self-assessment-gaps\"", review, StringComparison.Ordinal);
        Assert.Contains("上年末资产负债率", Section(review, "self-assessment-gaps"), StringComparison.Ordinal); // 85% is over the 80% limit
        Assert.Contains("暂不符合", review, StringComparison.Ordinal);

        using var submitted = await page.PostAsync(Path, new FormUrlEncodedContent(Step(await TokenAsync(page), 2, "submit", tier: "specialized")), Ct);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Matches(@"/cultivation/applications/\d+\?submitted=1$", submitted.RequestMessage!.RequestUri!.PathAndQuery);
        var done = await submitted.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"decision-done\"", done, StringComparison.Ordinal);
        Assert.Contains("县（市）中小企业主管部门将于 2026年5月", done, StringComparison.Ordinal); // 20 working days after 2026-04-15, past 劳动节
        Assert.Contains("待县（市）初审", done, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cultivation/applications?page=abc", "queue-page-notice")]
    [InlineData("/cultivation/applications?page=99999999999", "queue-page-notice")]
    [InlineData("/cultivation/charts?year=abc", "charts-year-notice")]
    [InlineData("/cultivation/digital-level?step=x", "wizard-step-notice")]
    public async Task Pages_answer_a_bad_number_in_the_link_with_a_message_not_an_error(string path, string notice)
    {
        using var client = await PageClient.SignedInAsync(app, path.Contains("charts", StringComparison.Ordinal) ? SeededAccounts.OfficialZhejiang : SeededAccounts.Enterprise);
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-testid=\"{notice}\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/cultivation/applications?page=abc", null)]
    [InlineData("GET", "/api/v1/cultivation/statistics/tiers?year=abc", null)]
    [InlineData("POST", "/api/v1/cultivation/evaluations", "{\"tier\": \"specialized\", \"facts\": {\"employees\": \"many\"}}")]
    [InlineData("POST", "/api/v1/cultivation/evaluations", "{\"tier\": ")]
    [InlineData("POST", "/api/v1/cultivation/applications", "{\"tier\": \"specialized\", \"facts\": {\"employees\": -5, \"rdInstitutionLevel\": \"Galactic\"}}")]
    [InlineData("POST", "/api/v1/cultivation/digital-level/scores", "{\"choices\": 5}")]
    public async Task Apis_answer_bad_input_with_problem_details(string method, string path, string? body)
    {
        using var client = await ApiClient.SignedInAsync(app, path.Contains("statistics", StringComparison.Ordinal) ? SeededAccounts.OfficialZhejiang : SeededAccounts.Enterprise);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Workbench_shows_the_county_what_awaits_its_review_and_the_enterprise_its_applications_and_next_steps()
    {
        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var official = await county.GetStringAsync("/", Ct);
        Assert.Contains("待我审核的专精特新申报", official, StringComparison.Ordinal);
        Assert.Contains("专精特新申报审核", official, StringComparison.Ordinal); // the seeded 西湖区 application, with its review date
        Assert.Contains("href=\"/cultivation/applications?queue=mine\"", official, StringComparison.Ordinal);

        using var enterprise = await SignedInAsync("en");
        var own = await enterprise.GetStringAsync("/", Ct);
        Assert.Contains("Apply for quality-SME recognition", own, StringComparison.Ordinal);
        Assert.Contains("href=\"/cultivation/digital-level\"", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "网络建设", "可多选", "数字化水平评测报告", "评定为")]
    [InlineData("en", "Network", "Tick all that apply", "Digital-level report", "points:")]
    public async Task Digital_level_steps_put_each_tick_box_beside_its_label_and_the_report_reads_without_internal_words(
        string culture, string question, string hint, string reportTitle, string summary)
    {
        using var page = await SignedInAsync(culture);
        var html = await page.GetStringAsync("/cultivation/digital-level", Ct);
        var text = VisibleText(html);
        Assert.Contains(question, text, StringComparison.Ordinal);
        Assert.Contains(hint, text, StringComparison.Ordinal);
        Assert.Matches("<label class=\"yw-check\"><input type=\"checkbox\" name=\"q[.]network\"", html); // the box inside its label
        Assert.Contains("data-testid=\"steps\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unconfirmed", text, StringComparison.OrdinalIgnoreCase);

        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var saved = await api.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments", await DigitalLevelAnswers.FullAsync(app, 3, Ct), Ct);
        var id = (await saved.JsonAsync()).GetProperty("id").GetInt64();
        var report = VisibleText(await page.GetStringAsync($"/cultivation/digital-level/{id}", Ct));
        Assert.Contains(reportTitle, report, StringComparison.Ordinal);
        Assert.Contains(summary, report, StringComparison.Ordinal);
        foreach (var word in new[] { "unconfirmed", "secondary", "confidence", "可信度" }) Assert.DoesNotContain(word, report, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HttpClient> SignedInAsync(string culture)
    {
        var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    private static Task<string> TokenAsync(HttpClient page) => PageClient.AntiforgeryTokenAsync(page, Path);

    private static async Task<string> PostAsync(HttpClient page, Dictionary<string, string> form)
    {
        using var response = await page.PostAsync(Path, new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>One wizard post as the page sends it: the step, the button, the tier and every answer (the strong facts, some changed).</summary>
    private static Dictionary<string, string> Step(string token, int step, string nav, string tier, params (string Name, string Value)[] changes)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["_handler"] = "cultivation-apply", ["__RequestVerificationToken"] = token, ["step"] = step.ToString(CultureInfo.InvariantCulture), ["nav"] = nav, ["tier"] = tier,
        };
        foreach (var p in StrongFacts.GetType().GetProperties())
        {
            var value = p.GetValue(StrongFacts);
            form["f." + p.Name] = value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        foreach (var (name, value) in changes) form[name] = value;
        return form;
    }

    private static string VisibleText(string html) => Complaints.ComplaintFacesTests.VisibleText(html);

    private static Regex FieldValue(string fact, string value) => new($"name=\"f\\.{fact}\"[^>]*value=\"{Regex.Escape(value)}\"");

    private static string Section(string html, string testId, string end = "</ol>") => Regex.Match(html, $"data-testid=\"{testId}\".*?{end}", RegexOptions.Singleline).Value;

    /// <summary>CamelCase words: fact ids and enum members, never prose.</summary>
    [GeneratedRegex(@"\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex Identifier();
}

public sealed class SqliteApplyWizardPagesTests(SqliteCultivationClockApp app) : ApplyWizardPagesTests(app), IClassFixture<SqliteCultivationClockApp>;

public sealed class PostgresApplyWizardPagesTests(PostgresCultivationClockApp app) : ApplyWizardPagesTests(app), IClassFixture<PostgresCultivationClockApp>;
