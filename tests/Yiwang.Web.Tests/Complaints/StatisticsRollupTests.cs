using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintRollup;
using Yiwang.Arrears.Features.ComplaintStatistics;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Codes;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// The counts table <c>arr_case_stats</c> against a recount from the cases: after every transition of a case walked
/// through the API, after concurrent transitions of cases in one cell, and after it has been tampered with (drift found
/// and repaired). "Equal" means both the table's cells and the dashboard's figures in every scope, whole months or not.
/// </summary>
public abstract class StatisticsRollupTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryTransition_KeepsTheCountsEqualToARecountFromTheCases()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        await AssertInStepAsync("after the demo seed (counted by the save hook as it was written)");

        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ROLL-WALK-" + app.Kind, Ct);
        await AssertInStepAsync("submitted");
        await PostAsync(actors.Province, $"/api/v1/complaints/{id}/acceptance", new { decision = "return", note = "请补充验收单" });
        await AssertInStepAsync("returned");
        await PostAsync(actors.Enterprise, $"/api/v1/complaints/{id}/submission", new { });
        await AssertInStepAsync("resubmitted");
        await PostAsync(actors.Province, $"/api/v1/complaints/{id}/acceptance", new { decision = "accept", note = "材料齐全" });
        await AssertInStepAsync("accepted");
        await PostAsync(actors.Province, $"/api/v1/complaints/{id}/forwarding", new { note = "请西湖区依法处理" });
        await AssertInStepAsync("forwarded");
        await PostAsync(actors.County, $"/api/v1/complaints/{id}/result", new { outcome = "PartlyPaid", feedback = "已支付部分", recoveredYuan = 100000m });
        await AssertInStepAsync("resolved");
        await PostAsync(actors.Enterprise, $"/api/v1/complaints/{id}/confirmation", new { confirm = false, note = "仍有欠款" });
        await AssertInStepAsync("objected (back to handling)");
        await PostAsync(actors.County, $"/api/v1/complaints/{id}/result", new { outcome = "PaidInFull", feedback = "已全额支付" });
        await PostAsync(actors.Enterprise, $"/api/v1/complaints/{id}/confirmation", new { confirm = true });
        await AssertInStepAsync("closed");

        var rejected = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ROLL-REJ-" + app.Kind, Ct, respondentType: "GovernmentBody");
        await PostAsync(actors.Province, $"/api/v1/complaints/{rejected}/acceptance", new { decision = "reject", reason = "RepeatedWithoutNewFacts", note = "重复" });
        await AssertInStepAsync("rejected");

        // The walked case is in the Zhejiang official's closed figures with the amount recovered last.
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var closed = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id, Ct);
        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        var cell = await db.CaseStats.AsNoTracking().Where(x => x.Grain == 6 && x.Kind == CaseStatKind.Cases && x.HandlingRegion == "330106"
            && x.Status == "Closed" && x.Month == CaseStatCells.Month(closed.SubmittedOn)).SumAsync(x => x.Cases, Ct);
        Assert.True(cell >= 1);
    }

    [Fact]
    public async Task ConcurrentTransitions_OfCasesInTheSameCell_LoseNothing()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        const int n = 8;
        var ids = new List<long>();
        for (var i = 0; i < n; i++) ids.Add(await ComplaintFixtures.FileAsync(actors.Enterprise, $"HT-ROLL-CONC-{i}-{app.Kind}", Ct, respondentType: "PublicInstitution"));
        var before = await RejectedPublicInstitutionsAsync();

        // Same respondent, type, month and accepting region: every rejection adds to the same cells at every grain.
        var responses = await Task.WhenAll(ids.Select(id => actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance",
            new { decision = "reject", reason = "NotProcurementDebt", note = "并发驳回" }, Ct)));
        foreach (var r in responses) using (r) Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        Assert.Equal(before + n, await RejectedPublicInstitutionsAsync());
        await AssertInStepAsync("after concurrent rejections");
    }

    [Fact]
    public async Task Drift_IsReported_AndRepaired_ByTheAdminRebuild()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ROLL-DRIFT-" + app.Kind, Ct);
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
            // A write around the platform: one cell too high, one case's cells gone.
            await db.Database.ExecuteSqlRawAsync("UPDATE \"arr_case_stats\" SET \"Cases\" = \"Cases\" + 3 WHERE \"Grain\" = 0 AND \"Kind\" = 0 AND \"Status\" = 'Submitted'", Ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"arr_case_stats\" WHERE \"Grain\" = 6 AND \"Kind\" = 0 AND \"Status\" = 'Closed'", Ct);
        }

        using (var denied = await actors.Province.PostAsync("/api/v1/admin/complaint-statistics/rebuild?fix=false", null, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var check = await RebuildAsync(actors.Admin, fix: false);
        Assert.True(check.GetProperty("cellsWrong").GetInt32() >= 2, check.ToString());
        Assert.False(check.GetProperty("fixed").GetBoolean());
        var repair = await RebuildAsync(actors.Admin, fix: true);
        Assert.Equal(check.GetProperty("cellsWrong").GetInt32(), repair.GetProperty("cellsWrong").GetInt32());
        Assert.True(repair.GetProperty("fixed").GetBoolean());
        Assert.Equal(0, (await RebuildAsync(actors.Admin, fix: false)).GetProperty("cellsWrong").GetInt32());
        await AssertInStepAsync("after the repair");
    }

    [Fact]
    public async Task EmptyTable_IsBackfilled_FromTheCases()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var rebuild = scope.ServiceProvider.GetRequiredService<CaseStatsRebuild>();
        Assert.Null(await rebuild.BackfillIfEmptyAsync(Ct)); // not empty: nothing read
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"arr_case_stats\"", Ct);
        var report = await rebuild.BackfillIfEmptyAsync(Ct);
        Assert.NotNull(report);
        Assert.True(report.CasesRead > 0 && report.CellsWrong == report.CellsExpected, report.ToString());
        await AssertInStepAsync("after the backfill");
    }

    private async Task<long> RejectedPublicInstitutionsAsync()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        return await db.CaseStats.AsNoTracking().Where(x => x.Grain == 2 && x.Kind == CaseStatKind.Cases && x.AcceptingRegion == "33"
            && x.Status == "Rejected" && x.RespondentType == "PublicInstitution").SumAsync(x => x.Cases, Ct);
    }

    private static async Task<JsonElement> RebuildAsync(HttpClient admin, bool fix)
    {
        using var response = await admin.PostAsync($"/api/v1/admin/complaint-statistics/rebuild?fix={(fix ? "true" : "false")}", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>No cell differs from the recount, and the dashboard read from the table equals the one counted from the cases.</summary>
    private async Task AssertInStepAsync(string when)
    {
        await using var scope = app.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<CaseStatsRebuild>().RunAsync(fix: false, Ct);
        Assert.True(report.CellsWrong == 0, $"{when}: {report}");
        Assert.True(report.CasesRead > 0);

        var today = Yiwang.Arrears.Domain.Complaints.CaseActor.ChinaDate(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        var requests = new List<StatisticsRequest>();
        foreach (var region in new[] { "000000", "330000", "330100", "330106", "320000" })
        {
            var code = RegionCode.Parse(region);
            requests.Add(new(code, null, null));
            requests.Add(new(code, today.AddDays(-45), today.AddDays(-2))); // edges inside months: days from the cases
            requests.Add(new(code, new DateOnly(today.Year, today.Month, 1).AddMonths(-3), null));
            requests.Add(new(code, null, new DateOnly(today.Year, today.Month, 1).AddDays(-1)));
            requests.Add(new(code, today.AddDays(-3), today)); // within one month
        }
        // The shared running-clock list, reloaded now, must give the same deadline counts as counting them in SQL.
        var snapshot = scope.ServiceProvider.GetRequiredService<RunningClockSnapshot>();
        await snapshot.Refresh();
        var national = await Service(scope.ServiceProvider, direct: true).ComputeAsync(requests[0], "test", Ct);
        Assert.True(national.OverdueCases > 0 && national.DueSoonCases > 0, "the demo seed has overdue and due-soon cases to count");
        foreach (var request in requests)
        {
            var fromTable = await Service(scope.ServiceProvider, direct: false).ComputeAsync(request, "test", Ct);
            var fromCases = await Service(scope.ServiceProvider, direct: true).ComputeAsync(request, "test", Ct);
            Assert.Equal(JsonSerializer.Serialize(fromCases), JsonSerializer.Serialize(fromTable));
            var withSnapshot = await Service(scope.ServiceProvider, direct: false, deadlineCountSeconds: 3600).ComputeAsync(request, "test", Ct);
            Assert.Equal((fromCases.OverdueCases, fromCases.DueSoonCases), (withSnapshot.OverdueCases, withSnapshot.DueSoonCases));
        }
    }

    private static ComplaintStatisticsService Service(IServiceProvider services, bool direct, int deadlineCountSeconds = 0) => new(
        services.GetRequiredService<ArrearsDbContext>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IWorkCalendarSource>(),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Arrears:StatisticsSource"] = direct ? "cases" : "table",
            // 0: compared right after each transition, counted in SQL; otherwise from the running-clock list just reloaded.
            ["Arrears:DeadlineCountsCacheSeconds"] = deadlineCountSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build(), services.GetRequiredService<RunningClockSnapshot>());
}

public sealed class SqliteStatisticsRollupTests(SqliteApp app) : StatisticsRollupTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresStatisticsRollupTests(PostgresApp app) : StatisticsRollupTests(app), IClassFixture<PostgresApp>;
