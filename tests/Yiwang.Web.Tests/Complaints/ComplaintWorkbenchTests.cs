using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// The complaint platform on the signed-in home page: each party's 待我处理 with its deadline, the counts an official
/// watches, and the next step an enterprise can take.
/// </summary>
public abstract class ComplaintWorkbenchTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_party_finds_its_complaint_work_on_the_home_page()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var submitted = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-WB-SUB-" + app.Kind, Ct);
        var handled = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-WB-HND-" + app.Kind, Ct);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{handled}/acceptance", new { decision = "accept" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{handled}/forwarding", new { }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{handled}/extensions", new { days = 10, reason = "需核对" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        // The province's docket is the demo seed's and these, soonest first (the demo's overdue ones lead it).
        var province = await HomeAsync(SeededAccounts.OfficialZhejiang);
        Assert.Contains("投诉受理审查", province, StringComparison.Ordinal);
        Assert.Contains("投诉待转交", province, StringComparison.Ordinal);
        Assert.Contains("投诉已逾期", province, StringComparison.Ordinal); // the tile, from the alert column
        Assert.Contains("/complaints?alert=overdue", province, StringComparison.Ordinal);

        var county = await HomeAsync(SeededAccounts.OfficialXihu);
        Assert.Contains($"href=\"/complaints/{handled}\"", county, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/complaints/{submitted}\"", county, StringComparison.Ordinal); // not forwarded to it
        const string ExtensionToDecide = "yw-worklist__sub\">延期申请待审批"; // the to-do item's kind, not the inbox notice of the request
        Assert.DoesNotContain(ExtensionToDecide, county, StringComparison.Ordinal);
        Assert.Contains(ExtensionToDecide, await HomeAsync(SeededAccounts.HeadXihu), StringComparison.Ordinal);

        var respondent = await HomeAsync(SeededAccounts.Respondent);
        Assert.Contains("投诉待反馈", respondent, StringComparison.Ordinal);

        var enterprise = await HomeAsync(SeededAccounts.Enterprise);
        Assert.Contains("href=\"/complaints/new\"", enterprise, StringComparison.Ordinal);
        Assert.Contains("待完成的投诉草稿", enterprise, StringComparison.Ordinal); // the demo seed's drafts
        Assert.Matches("我的投诉：[^<]*期限", enterprise);
    }

    private async Task<string> HomeAsync(string email)
    {
        using var client = await PageClient.SignedInAsync(app, email);
        var html = await client.GetStringAsync("/", Ct);
        return Regex.Match(html, "<main.*</main>", RegexOptions.Singleline).Value;
    }
}

public sealed class SqliteComplaintWorkbenchTests(SqliteComplaintApp app) : ComplaintWorkbenchTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintWorkbenchTests(PostgresComplaintApp app) : ComplaintWorkbenchTests(app), IClassFixture<PostgresComplaintApp>;
