using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Features.ComplaintRollup;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// 撤回投诉, the command added to prove the use-case shape: the complainant withdraws a submitted complaint before a
/// result, through the API and the page; the case ends, its clocks stop, the counts and the audit log follow.
/// </summary>
public abstract class WithdrawComplaintTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_complainant_withdraws_a_case_in_handling_which_ends_it_and_stops_its_clocks()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-WD-API-" + app.Kind, Ct);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("withdraw", await ActionsAsync(actors.Enterprise, id));
        Assert.DoesNotContain("withdraw", await ActionsAsync(actors.County, id));

        // Only the complainant: the handling department and the respondent may not.
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/withdrawal", new { }, Ct)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await actors.Respondent.PostAsJsonAsync($"/api/v1/complaints/{id}/withdrawal", new { }, Ct)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        using (var r = await actors.Enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/withdrawal", new { reason = "已与被投诉人和解" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("Withdrawn", (await r.JsonAsync()).GetProperty("status").GetString());
        }
        var after = await ComplaintFixtures.GetAsync(actors.Enterprise, id, Ct);
        Assert.Equal("Withdrawn", after.GetProperty("status").GetString());
        Assert.All(after.GetProperty("deadlines").EnumerateArray(), d => Assert.Equal("2025-09-26", d.GetProperty("metOn").GetString()));
        Assert.Equal(["view-contact"], await ActionsAsync(actors.Enterprise, id));
        Assert.Equal("withdrawn", after.GetProperty("timeline").EnumerateArray().Last().GetProperty("action").GetString());

        // The respondent had been told of the case: it sees that it was withdrawn (and is notified).
        Assert.Equal("Withdrawn", (await ComplaintFixtures.GetAsync(actors.Respondent, id, Ct)).GetProperty("status").GetString());
        // Again, or after the end: 409.
        using (var r = await actors.Enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/withdrawal", new { }, Ct)) Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);

        await using var scope = app.CreateScope();
        var number = after.GetProperty("number").GetString();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().AuditEntries.AnyAsync(e => e.Action == "complaint.withdrawn" && e.Subject == number, Ct));
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<CaseStatsRebuild>().RunAsync(fix: false, Ct)).CellsWrong);
    }

    [Fact]
    public async Task A_case_with_a_result_cannot_be_withdrawn()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-WD-LATE-" + app.Kind, Ct);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/result", new { outcome = "PaidInFull", feedback = "已全额支付" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        Assert.DoesNotContain("withdraw", await ActionsAsync(actors.Enterprise, id));
        using var refused = await actors.Enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/withdrawal", new { }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能撤回", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_withdraws_after_the_confirmation_and_says_the_case_has_ended()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(api, "HT-WD-PAGE-" + app.Kind, Ct);
        using var enterprise = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var page = await enterprise.GetStringAsync($"/complaints/{id}", Ct);
        Assert.Contains("<details class=\"yw-confirm\" data-testid=\"withdraw-submit\">", page, StringComparison.Ordinal);
        Assert.Contains("撤回后案件结束", page, StringComparison.Ordinal);

        var done = await CasePages.PostAsync(enterprise, $"/complaints/{id}", "case-withdraw", new()
        {
            ["expectedVersion"] = CasePages.VersionOf(page), ["reason"] = "对方已付款",
        });
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("data-status=\"Withdrawn\"", done.Html, StringComparison.Ordinal);
        Assert.Contains("投诉已撤回，各项期限已停止，案件结束。", done.Html, StringComparison.Ordinal);
        Assert.Contains("对方已付款", done.Html, StringComparison.Ordinal); // the reason on the timeline
        Assert.DoesNotContain("data-testid=\"withdraw-submit\"", done.Html, StringComparison.Ordinal);
    }

    private static async Task<List<string?>> ActionsAsync(HttpClient client, long id) =>
        [.. (await ComplaintFixtures.GetAsync(client, id, Ct)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString())];
}

public sealed class SqliteWithdrawComplaintTests(SqliteComplaintApp app) : WithdrawComplaintTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresWithdrawComplaintTests(PostgresComplaintApp app) : WithdrawComplaintTests(app), IClassFixture<PostgresComplaintApp>;
