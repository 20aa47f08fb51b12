using System.Net;
using System.Net.Http.Json;
using Yiwang.Testing;
using static Yiwang.Web.Tests.Cultivation.CultivationApi;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>
/// Two reviewers deciding one application at the same moment (issue 13: recommend and reject both answered 200 and the last
/// write won): one decision wins, the other answers 409 problem details saying what the application is now, and exactly
/// one decision is recorded. The page shows the same refusal as a plain message with the current state.
/// </summary>
public abstract class RecognitionConcurrencyTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Recommend_and_reject_at_once_one_200_one_409_and_one_decision_recorded(bool withVersion)
    {
        await CloseOpenAsync();
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var xihuToo = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        string[] tiers = ["innovative", "specialized", "littleGiant"];
        foreach (var tier in tiers)
        {
            var applied = await (await ApplyAsync(enterprise, tier)).JsonAsync();
            var id = applied.GetProperty("id").GetInt64();
            int? version = withVersion ? applied.GetProperty("version").GetInt32() : null;

            var recommend = xihu.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/local-review", new { decision = "recommend", expectedVersion = version }, Ct);
            var reject = xihuToo.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/local-review", new { decision = "reject", reason = "不符合条件", expectedVersion = version }, Ct);
            using var first = await recommend;
            using var second = await reject;

            var statuses = new[] { first.StatusCode, second.StatusCode };
            Assert.Single(statuses, HttpStatusCode.OK);
            Assert.Single(statuses, HttpStatusCode.Conflict);
            var loser = first.StatusCode == HttpStatusCode.Conflict ? first : second;
            Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
            var problem = await loser.Content.ReadAsStringAsync(Ct);
            Assert.Contains(withVersion ? "当前状态" : "该申请", problem, StringComparison.Ordinal);

            var after = await (await xihu.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
            var decisions = after.GetProperty("events").EnumerateArray().Count(e => e.GetProperty("action").GetString() is "recommended" or "rejected");
            Assert.Equal(1, decisions);
            Assert.Equal(first.StatusCode == HttpStatusCode.OK ? "locallyRecommended" : "rejected", Status(after));
            Assert.Equal(applied.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());
            await CloseAsync(id);
        }
    }

    [Fact]
    public async Task A_decision_on_a_stale_version_is_409_names_the_current_state_and_changes_nothing()
    {
        await CloseOpenAsync();
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var applied = await (await ApplyAsync(enterprise, "specialized")).JsonAsync();
        var id = applied.GetProperty("id").GetInt64();
        var seen = applied.GetProperty("version").GetInt32();
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu, "en");
        (await xihu.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/local-review", new { decision = "recommend", expectedVersion = seen }, Ct)).EnsureSuccessStatusCode();

        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang, "en");
        using var stale = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/provincial-decision", new { decision = "approve", expectedVersion = seen }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Contains("it is now: Recommended, awaiting the province", await stale.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = await (await zhejiang.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        Assert.Equal(("locallyRecommended", seen + 1), (Status(after), after.GetProperty("version").GetInt32()));

        using var current = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/provincial-decision", new { decision = "approve", expectedVersion = seen + 1 }, Ct);
        Assert.Equal("recognised", Status(await current.JsonAsync()));
        await CloseAsync(id);
    }

    [Theory]
    [InlineData(null, "当前状态：已推荐，待省级审核", "您的操作未保存")]
    [InlineData("en", "it is now: Recommended, awaiting the province", "your action was not saved")]
    public async Task The_page_answers_a_stale_decision_with_a_plain_message_and_the_current_state(string? culture, string state, string notSaved)
    {
        await CloseOpenAsync();
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = (await (await ApplyAsync(enterprise, "innovative")).JsonAsync()).GetProperty("id").GetInt64();
        using var page = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        if (culture is not null) page.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var path = $"/cultivation/applications/{id}";
        var html = await page.GetStringAsync(path, Ct);
        Assert.Contains("name=\"expectedVersion\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"stage\" value=\"submitted\"", html, StringComparison.Ordinal);
        var token = await PageClient.AntiforgeryTokenAsync(page, path);

        // Another reviewer of the county decides first, through the API.
        using var colleague = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        (await DecideAsync(colleague, id, "local-review", "recommend")).EnsureSuccessStatusCode();

        using var posted = await page.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "application-decision", ["__RequestVerificationToken"] = token, ["decision"] = "reject", ["reason"] = "材料不全",
            ["expectedVersion"] = "1", ["stage"] = "submitted",
        }), Ct);
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        var body = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync(Ct));
        Assert.Contains("data-testid=\"decision-error\"", body, StringComparison.Ordinal);
        Assert.Contains(state, body, StringComparison.Ordinal);
        Assert.Contains(notSaved, body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"application-status\">" + (culture is null ? "已推荐，待省级审核" : "Recommended, awaiting the province"), body, StringComparison.Ordinal);
        Assert.Contains("name=\"expectedVersion\" value=\"2\"", body, StringComparison.Ordinal); // the page now shows the application as it is
        var after = await (await colleague.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        Assert.Equal("locallyRecommended", Status(after));
        Assert.DoesNotContain(after.GetProperty("events").EnumerateArray(), e => e.GetProperty("action").GetString() == "rejected");
        await CloseAsync(id);
    }

    /// <summary>Closes what the demo enterprise still has open, so each test may apply for any tier.</summary>
    private async Task CloseOpenAsync()
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        var list = await (await admin.GetAsync("/api/v1/cultivation/applications?pageSize=200", Ct)).JsonAsync();
        foreach (var a in list.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("uscc").GetString() == DemoEnterpriseUscc))
            await CloseAsync(a.GetProperty("id").GetInt64());
    }

    /// <summary>Rejects or revokes the application, so the demo enterprise may apply for the tier again (tests of a class share the database).</summary>
    private async Task CloseAsync(long id)
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        var seen = await (await admin.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        var littleGiant = seen.GetProperty("tier").GetString() == "littleGiant";
        var (who, path) = Status(seen) switch
        {
            "submitted" => (SeededAccounts.OfficialXihu, "local-review"),
            "locallyRecommended" => (SeededAccounts.OfficialZhejiang, "provincial-decision"),
            "nationallyNominated" => (OfficialNational, "national-decision"),
            "recognised" => (littleGiant ? OfficialNational : SeededAccounts.OfficialZhejiang, "revocation"),
            _ => (null, null),
        };
        if (who is null) return;
        using var closer = await ApiClient.SignedInAsync(app, who);
        (await closer.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/{path}", new { decision = "reject", reason = "测试结束" }, Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_recognition_is_renewed_at_its_review_and_not_before()
    {
        var id = await SeededIdAsync(app, SeededRecognisedUscc);
        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var early = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/renewal", new { reason = "复核" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var seen = await (await zhejiang.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        var until = DateOnly.Parse(seen.GetProperty("validUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var recheck = DateOnly.Parse(seen.GetProperty("recheckFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(until.AddDays(-90), recheck);
    }
}

public sealed class SqliteRecognitionConcurrencyTests(SqliteApp app) : RecognitionConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRecognitionConcurrencyTests(PostgresApp app) : RecognitionConcurrencyTests(app), IClassFixture<PostgresApp>;
