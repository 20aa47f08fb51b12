using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// The whole case walk through the API across the 2025 National Day holiday: filing with evidence, acceptance,
/// forwarding, handling with the respondent's own answer and an approved extension, a result, an objection, a new
/// result and confirmation — with every deadline checked against the calendar and the audit chain verified at the end.
/// </summary>
public abstract class ComplaintLifecycleTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullWalk_AcrossNationalDay2025_DeadlinesFollowTheWorkCalendar_AndTheAuditChainVerifies()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var (enterprise, province, county) = (actors.Enterprise, actors.Province, actors.County);

        // Filed on Friday 2025-09-26: the review clock counts 10 working days, including the make-up Sunday 09-28 and
        // Saturday 10-11, and skipping 10-01..10-08.
        var id = await ComplaintFixtures.FileAsync(enterprise, "HT-LIFE-" + app.Kind, Ct);
        var filed = await ComplaintFixtures.GetAsync(enterprise, id, Ct);
        Assert.Equal("Submitted", filed.GetProperty("status").GetString());
        Assert.StartsWith("TS2025", filed.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-10-16", ComplaintFixtures.Deadline(filed, "AcceptanceReview").GetProperty("dueOn").GetString());
        Assert.Equal("330000", filed.GetProperty("acceptingRegion").GetString());
        Assert.Equal("small", filed.GetProperty("complainant").GetProperty("size").GetString());
        Assert.NotEmpty(filed.GetProperty("sizeCheck").EnumerateArray());

        // A county official cannot decide on acceptance (第二十四条: provincial level or above).
        using (var denied = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, denied.StatusCode); // not even visible to the county before forwarding

        using (var accepted = await province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept", note = "材料齐全" }, Ct))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var afterAcceptance = await ComplaintFixtures.GetAsync(province, id, Ct);
        Assert.Equal("2025-09-26", ComplaintFixtures.Deadline(afterAcceptance, "AcceptanceReview").GetProperty("metOn").GetString());
        var forwarding = ComplaintFixtures.Deadline(afterAcceptance, "Forwarding");
        Assert.Equal("2025-10-16", forwarding.GetProperty("dueOn").GetString());
        Assert.Contains("第二十五条", forwarding.GetProperty("rule").GetString(), StringComparison.Ordinal);

        // Forwarded on Thursday 2025-10-09, the first working day after the holiday: 30 calendar days end on Saturday
        // 2025-11-08, a rest day, so the period ends on Monday 2025-11-10 (民法典 第二百零三条).
        app.MoveTo(new DateOnly(2025, 10, 9));
        await actors.RefreshAsync();
        (enterprise, province, county) = (actors.Enterprise, actors.Province, actors.County);
        var (head, respondent) = (actors.Head, actors.Respondent);
        using (var forwarded = await province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { note = "请西湖区依法处理" }, Ct))
            Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        var handling = await ComplaintFixtures.GetAsync(county, id, Ct);
        Assert.Equal("330106", handling.GetProperty("handlingRegion").GetString());
        Assert.Equal("routing-2025/large-enterprise", handling.GetProperty("routingRule").GetString());
        Assert.Equal("2025-11-10", ComplaintFixtures.Deadline(handling, "Handling").GetProperty("dueOn").GetString());

        // The respondent sees its case without the complainant (identity withheld, 第二十条) and answers itself.
        var seenByRespondent = await ComplaintFixtures.GetAsync(respondent, id, Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByRespondent.GetProperty("complainant").ValueKind);
        Assert.Empty(seenByRespondent.GetProperty("evidence").EnumerateArray());
        using (var answered = await respondent.PostAsJsonAsync($"/api/v1/complaints/{id}/respondent-answer", new { answer = "已核实，拟于11月底前支付" }, Ct))
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using (var step = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/steps", new { kind = "SupervisionNotice", note = "发出督办书，限期反馈" }, Ct))
            Assert.Equal(HttpStatusCode.OK, step.StatusCode);

        // Extension: asked by the case officer, refused to the same officer, approved by the head of department.
        using (var asked = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions", new { days = 30, reason = "涉及多份合同，需核对结算" }, Ct))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var askedView = await ComplaintFixtures.GetAsync(county, id, Ct);
        var pending = askedView.GetProperty("extensions")[0].GetProperty("id").GetInt64();
        Assert.DoesNotContain("decide-extension", askedView.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("decide-extension", (await ComplaintFixtures.GetAsync(head, id, Ct)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        using (var self = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions/{pending}/decision", new { approve = true }, Ct))
            Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        using (var approved = await head.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions/{pending}/decision", new { approve = true, note = "同意延长30日" }, Ct))
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var extended = await ComplaintFixtures.GetAsync(county, id, Ct);
        var handlingDeadline = ComplaintFixtures.Deadline(extended, "Handling");
        Assert.Equal(60, handlingDeadline.GetProperty("days").GetInt32());
        Assert.Equal("2025-12-08", handlingDeadline.GetProperty("dueOn").GetString());

        // Beyond 90 days in total is refused with the article (422), nothing changes.
        using (var tooLong = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions", new { days = 31, reason = "再延期" }, Ct))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
            Assert.Contains("90", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        app.MoveTo(new DateOnly(2025, 11, 20));
        await actors.RefreshAsync();
        (enterprise, county) = (actors.Enterprise, actors.County);
        using (var plan = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/result", new
        {
            outcome = "PaymentPlan", feedback = "双方达成还款计划",
            installments = new[] { new { dueOn = "2025-12-15", amountYuan = 200000m }, new { dueOn = "2026-01-15", amountYuan = 180000m } },
        }, Ct))
            Assert.Equal(HttpStatusCode.OK, plan.StatusCode);

        using (var objection = await enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/confirmation", new { confirm = false, note = "还款期限过长" }, Ct))
            Assert.Equal(HttpStatusCode.OK, objection.StatusCode);
        var reopened = await ComplaintFixtures.GetAsync(county, id, Ct);
        Assert.Equal("Handling", reopened.GetProperty("status").GetString());
        Assert.True(reopened.GetProperty("reopened").GetBoolean());

        using (var paid = await county.PostAsJsonAsync($"/api/v1/complaints/{id}/result", new { outcome = "PaidInFull", feedback = "被投诉人已全额支付38万元" }, Ct))
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        using (var confirmed = await enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/confirmation", new { confirm = true }, Ct))
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var closed = await ComplaintFixtures.GetAsync(enterprise, id, Ct);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(380000m, closed.GetProperty("recoveredYuan").GetDecimal());
        var actions = closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["draft.created", "submitted", "accepted", "forwarded", "step.respondent-answer", "step.supervision-notice",
            "extension.requested", "extension.approved", "resolved", "objected", "resolved", "confirmed"], actions);

        await using var scope = app.Services.CreateAsyncScope();
        var verified = await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), Ct);
        Assert.True(verified.IsIntact, verified.Problem);
    }
}

public sealed class SqliteComplaintLifecycleTests(SqliteComplaintApp app) : ComplaintLifecycleTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintLifecycleTests(PostgresComplaintApp app) : ComplaintLifecycleTests(app), IClassFixture<PostgresComplaintApp>;
