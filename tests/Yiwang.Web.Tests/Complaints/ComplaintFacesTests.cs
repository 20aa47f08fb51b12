using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Issue 12 on the complaint pages: names instead of codes and enum members (zh-CN and en), a failed result form that
/// keeps the chosen outcome and the feedback, decisions with legal effect behind a second click, and success messages
/// that say what happens next with the real deadline.
/// </summary>
public abstract partial class ComplaintFacesTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failed_result_form_keeps_the_chosen_outcome_and_the_feedback()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-FACE-RESULT-" + app.Kind, Ct);
        await ForwardAsync(actors, id);
        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var page = await county.GetStringAsync($"/complaints/{id}", Ct);
        Assert.DoesNotContain("<option value=\"PaidInFull\" selected", page, StringComparison.Ordinal); // no outcome chosen for the official

        // Partly paid without the amount paid: refused, and the form comes back as it was typed.
        var failed = await CasePages.PostAsync(county, $"/complaints/{id}", "case-result", new()
        {
            ["expectedVersion"] = CasePages.VersionOf(page), ["outcome"] = "PartlyPaid", ["feedback"] = "被投诉人已支付部分款项，余款另行协商",
            ["installments[1].dueOn"] = "2025-12-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, failed.Status);
        Assert.Contains("<option value=\"PartlyPaid\" selected", failed.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"PaidInFull\" selected", failed.Html, StringComparison.Ordinal);
        Assert.Contains("被投诉人已支付部分款项，余款另行协商</textarea>", failed.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-12-01\"", failed.Html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{FieldIds.Error("recoveredYuan")}\"><li>部分支付须填写已支付金额", failed.Html, StringComparison.Ordinal);
        Assert.Equal("Handling", (await ComplaintFixtures.GetAsync(actors.County, id, Ct)).GetProperty("status").GetString());

        // "12,5" is not read as 125: an error beside the field, the text kept.
        var comma = await CasePages.PostAsync(county, $"/complaints/{id}", "case-result", new()
        {
            ["expectedVersion"] = CasePages.VersionOf(page), ["outcome"] = "PartlyPaid", ["feedback"] = "部分支付", ["recoveredYuan"] = "12,5",
        });
        Assert.Equal(HttpStatusCode.BadRequest, comma.Status);
        Assert.Contains("value=\"12,5\"", comma.Html, StringComparison.Ordinal);
        Assert.Contains($"id=\"{FieldIds.Error("recoveredYuan")}\"", comma.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_and_returning_are_confirmed_decisions_and_a_declined_reason_is_asked_for_in_its_opened_panel()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-FACE-REVIEW-" + app.Kind, Ct);
        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var page = await province.GetStringAsync($"/complaints/{id}", Ct);
        var review = Section(page, "review");
        Assert.Matches("<button type=\"submit\" class=\"yw-btn yw-btn--primary[^\"]*\" name=\"decision\" value=\"accept\"", review);
        Assert.Matches("<details class=\"yw-confirm\" data-testid=\"review-reject\"><summary class=\"yw-btn yw-btn--danger\"", review);
        Assert.Matches("<details class=\"yw-confirm\" data-testid=\"review-return\"><summary", review);
        Assert.Contains("不能撤回", review, StringComparison.Ordinal); // the consequence is said before the second click

        var noGround = await CasePages.PostAsync(province, $"/complaints/{id}", "case-review", new() { ["expectedVersion"] = CasePages.VersionOf(page), ["decision"] = "reject" });
        Assert.Equal(HttpStatusCode.BadRequest, noGround.Status);
        Assert.Matches("<details class=\"yw-confirm\" open[^>]*data-testid=\"review-reject\"", noGround.Html);
        Assert.Contains($"id=\"{FieldIds.Error("reason")}\"><li>不予受理须选择一项法定理由", noGround.Html, StringComparison.Ordinal);
        Assert.Equal("Submitted", (await ComplaintFixtures.GetAsync(actors.Province, id, Ct)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task After_a_command_the_case_page_says_what_happens_next_with_the_deadline_from_the_cases_own_clock()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-FACE-NEXT-" + app.Kind, Ct);
        using var enterprise = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var submitted = await enterprise.GetStringAsync($"/complaints/{id}?done=submit", Ct);
        // Filed on Friday 2025-09-26: 10 working days across the National Day holiday.
        Assert.Contains("已提交，受理审查截止 2025年10月16日（10个工作日）", Notice(submitted), StringComparison.Ordinal);

        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var accepted = await CasePages.PostAsync(province, $"/complaints/{id}", "case-review", new()
        {
            ["expectedVersion"] = CasePages.VersionOf(await province.GetStringAsync($"/complaints/{id}", Ct)), ["decision"] = "accept",
        });
        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Contains("已受理，转交处理投诉部门截止 2025年10月16日（10个工作日）", Notice(accepted.Html), StringComparison.Ordinal);
        Assert.DoesNotContain("已保存。", accepted.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Case_list_and_dashboard_show_names_not_codes_or_identifiers(string culture)
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, $"HT-FACE-NAMES-{culture}-{app.Kind}", Ct);
        await ForwardAsync(actors, id);
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/result", new { outcome = "PartlyPaid", recoveredYuan = 1000m, feedback = "已支付部分" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        foreach (var (email, path) in new[]
                 {
                     (SeededAccounts.OfficialXihu, $"/complaints/{id}"), (SeededAccounts.Enterprise, $"/complaints/{id}"), (SeededAccounts.Respondent, $"/complaints/{id}"),
                     (SeededAccounts.OfficialZhejiang, "/complaints"), (SeededAccounts.OfficialZhejiang, "/complaints/dashboard"), (SeededAccounts.Enterprise, "/complaints/new"),
                 })
        {
            using var client = await PageClient.SignedInAsync(app, email);
            if (culture == "en") using (await client.GetAsync("/culture/en?returnUrl=/", Ct)) { }
            var html = await client.GetStringAsync(path, Ct);
            var text = VisibleText(html);
            Assert.DoesNotMatch(Identifier(), text); // PartlyPaid, LargeEnterprise, AcceptanceReview, DueSoon…
            Assert.DoesNotMatch(RegionCodeAlone(), text); // 330000, 330106 on their own
            Assert.DoesNotContain("routing-2025", text, StringComparison.Ordinal);
            if (culture == "en") Assert.DoesNotContain("处理中", text, StringComparison.Ordinal);
        }

        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var zh = VisibleText(await county.GetStringAsync($"/complaints/{id}", Ct));
        if (culture == "zh-CN")
        {
            Assert.Contains("部分支付", zh, StringComparison.Ordinal);
            Assert.Contains("浙江省 杭州市 西湖区", zh, StringComparison.Ordinal);
            Assert.Contains("浙江省中小企业主管部门", zh, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_list_filters_by_a_region_name_and_explains_a_name_it_cannot_place()
    {
        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var named = await province.GetAsync("/complaints?region=" + Uri.EscapeDataString("杭州市西湖区"), Ct);
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Contains("value=\"浙江省 杭州市 西湖区 · 330106\"", await named.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var unknown = await province.GetStringAsync("/complaints?region=" + Uri.EscapeDataString("火星区"), Ct);
        Assert.Contains($"id=\"{FieldIds.Error("region")}\"", unknown, StringComparison.Ordinal);
        Assert.Contains("找不到名为“火星区”的行政区划", unknown, StringComparison.Ordinal);
    }

    private static async Task ForwardAsync(ComplaintActors actors, long id)
    {
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }



    private static string Notice(string html) => Regex.Match(html, "data-testid=\"case-done\".*?</div>", RegexOptions.Singleline).Value;

    private static string Section(string html, string testId) =>
        Regex.Match(html, $"<section class=\"yw-card\" data-testid=\"{testId}\">.*?</section>", RegexOptions.Singleline).Value;

    /// <summary>What a reader sees: the page's main content without tags, attributes, scripts or the chart specs.</summary>
    internal static string VisibleText(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        main = Regex.Replace(main, "<script.*?</script>", " ", RegexOptions.Singleline);
        return WebUtility.HtmlDecode(Regex.Replace(main, "<[^>]+>", " "));
    }


    /// <summary>CamelCase words: enum members and field names, never prose.</summary>
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<![0-9A-Za-z·])\d{6}(?![0-9A-Za-z])")]
    private static partial Regex RegionCodeAlone();
}

public sealed class SqliteComplaintFacesTests(SqliteComplaintApp app) : ComplaintFacesTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintFacesTests(PostgresComplaintApp app) : ComplaintFacesTests(app), IClassFixture<PostgresComplaintApp>;
