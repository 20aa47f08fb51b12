using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Yiwang.Arrears;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintDemo;
using Yiwang.Arrears.Features.ComplaintStatistics;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Dashboard figures against a hand-counted set of six visible cases (and one draft) in 江苏 (320000), where the demo
/// seed puts nothing; scoping by jurisdiction; the .xlsx export; the public aggregates; the demo seed itself.
/// </summary>
public abstract class StatisticsTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly SemaphoreSlim Once = new(1, 1);

    [Fact]
    public async Task Figures_MatchTheHandCountedSet_ForTheProvince()
    {
        await EnsureJiangsuAsync();
        using var national = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialNational);
        using var response = await national.GetAsync("/api/v1/complaints/statistics?region=320000&to=2026-06-30", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var s = await response.JsonAsync();

        Assert.Equal(6, s.GetProperty("total").GetInt32()); // the draft is not counted
        Assert.Equal(1550000.50m, s.GetProperty("claimedYuan").GetDecimal());
        Assert.Equal(500000m, s.GetProperty("recoveredYuan").GetDecimal());
        Assert.Equal("city", s.GetProperty("subRegionLevel").GetString());
        Assert.Equal(new Dictionary<string, int> { ["Submitted"] = 1, ["Accepted"] = 1, ["Handling"] = 1, ["Closed"] = 2, ["Rejected"] = 1 }, Counts(s, "byStatus"));
        Assert.Equal(new Dictionary<string, int> { ["320000"] = 6 }, Counts(s, "byProvince"));
        Assert.Equal(new Dictionary<string, int> { ["320100"] = 5, ["320200"] = 1 }, Counts(s, "bySubRegion"));
        Assert.Equal(new Dictionary<string, int> { ["LargeEnterprise"] = 3, ["StateOwnedEnterprise"] = 1, ["GovernmentBody"] = 1, ["Other"] = 1 },
            Counts(s, "byRespondentType"));
        var large = s.GetProperty("byRespondentType").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "LargeEnterprise");
        Assert.Equal(900000m, large.GetProperty("claimedYuan").GetDecimal());
        Assert.Equal(100000m, large.GetProperty("recoveredYuan").GetDecimal());

        // Acceptance 2, 3, 5, 8 days; handling 10 and 30 days (calendar days).
        Assert.Equal(4, s.GetProperty("acceptance").GetProperty("cases").GetInt32());
        Assert.Equal(4.0, s.GetProperty("acceptance").GetProperty("medianDays").GetDouble());
        Assert.Equal(4.5, s.GetProperty("acceptance").GetProperty("averageDays").GetDouble());
        Assert.Equal(20.0, s.GetProperty("handling").GetProperty("medianDays").GetDouble());
        Assert.Equal(20.0, s.GetProperty("handling").GetProperty("averageDays").GetDouble());
        // The two deadline counts come from the shared running-clock snapshot, reloaded in the background (the dashboard
        // documents them as up to a minute old): if the first answer predates the cases, read them after a fresh load.
        var (overdue, dueSoon) = (s.GetProperty("overdueCases").GetInt32(), s.GetProperty("dueSoonCases").GetInt32());
        for (var attempt = 0; attempt < 3 && (overdue, dueSoon) != (1, 1); attempt++)
        {
            await FreshClocksAsync();
            using var again = await national.GetAsync("/api/v1/complaints/statistics?region=320000&to=2026-06-30", Ct);
            var figures = await again.JsonAsync();
            (overdue, dueSoon) = (figures.GetProperty("overdueCases").GetInt32(), figures.GetProperty("dueSoonCases").GetInt32());
        }
        Assert.Equal(1, overdue);
        Assert.True(dueSoon == 1, $"due soon: {dueSoon}; case B's clocks: {await ClocksOfAsync("TS2026JS0000B")}");

        var months = s.GetProperty("monthly").EnumerateArray().ToDictionary(m => m.GetProperty("month").GetString()!,
            m => (m.GetProperty("filed").GetInt32(), m.GetProperty("closed").GetInt32()));
        Assert.Equal(12, months.Count);
        Assert.Equal("2025-07", months.Keys.First());
        Assert.Equal((2, 0), months["2026-03"]);
        Assert.Equal((2, 0), months["2026-04"]);
        Assert.Equal((1, 1), months["2026-05"]);
        Assert.Equal((1, 2), months["2026-06"]);
        Assert.Equal((0, 0), months["2025-12"]);

        // A date range narrows to cases submitted in it.
        using var april = await national.GetAsync("/api/v1/complaints/statistics?region=320000&from=2026-04-01&to=2026-04-30", Ct);
        Assert.Equal(2, (await april.JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CountyScope_SeesOnlyCasesHandledInTheCounty()
    {
        await EnsureJiangsuAsync();
        await using (var scope = app.CreateScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ComplaintStatisticsService>();
            var county = await service.ComputeAsync(new StatisticsRequest(Kernel.Codes.RegionCode.Parse("320106"), null, null), "test", Ct);
            Assert.Equal(3, county.Total);
            Assert.Equal("county", county.SubRegionLevel);
            Assert.Equal(["320106"], county.BySubRegion.Select(r => r.Key));
        }

        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var response = await xihu.GetAsync("/api/v1/complaints/statistics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var s = await response.JsonAsync();
        int expected;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
            expected = await db.Cases.CountAsync(c => c.Status != ComplaintStatus.Draft && c.HandlingRegion != null && c.HandlingRegion.StartsWith("330106"), Ct);
        }
        Assert.True(expected > 0, "the demo seed hands some cases to 西湖区");
        Assert.Equal(expected, s.GetProperty("total").GetInt32());
        Assert.All(s.GetProperty("bySubRegion").EnumerateArray(), r => Assert.Equal("330106", r.GetProperty("key").GetString()));

        // Above their own county, and for other roles: 403 problem details; bad input: 400; anonymous: 401.
        using (var above = await xihu.GetAsync("/api/v1/complaints/statistics?region=330000", Ct)) Assert.Equal(HttpStatusCode.Forbidden, above.StatusCode);
        using (var other = await xihu.GetAsync("/api/v1/complaints/statistics.xlsx?region=320106", Ct)) Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using (var bad = await xihu.GetAsync("/api/v1/complaints/statistics?region=33x106&from=2026-13-01", Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var errors = (await bad.JsonAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty("region", out _));
            Assert.True(errors.TryGetProperty("from", out _));
        }
        foreach (var email in new[] { SeededAccounts.Enterprise, SeededAccounts.Respondent })
        {
            using var client = await ApiClient.SignedInAsync(app, email);
            using var denied = await client.GetAsync("/api/v1/complaints/statistics", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        }
        using var anonymous = app.CreateClient();
        using (var r = await anonymous.GetAsync("/api/v1/complaints/statistics", Ct)) Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }

    [Fact]
    public async Task Workbook_OpensWithOneSheetPerTable_AndTheSameNumbers()
    {
        await EnsureJiangsuAsync();
        using var national = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialNational);
        using var response = await national.GetAsync("/api/v1/complaints/statistics.xlsx?region=320000&to=2026-06-30", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));

        // Chinese by default: sheet names, headers and labels, regions by name, no codes or enum names.
        Assert.Equal(StatisticsWorkbook.SheetNames(english: false), MiniExcel.GetSheetNames(stream));
        var byStatus = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "按状态").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(5, byStatus.Count);
        Assert.Equal(2, Convert.ToInt32(byStatus.Single(r => (string)r["状态"] == "已办结")["案件数（件）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(byStatus, r => r.Values.OfType<string>().Any(v => v is "Closed" or "Submitted"));
        var summary = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "概览").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(6, Convert.ToInt32(summary.Single(r => ((string)r["项目"]).StartsWith("案件数", StringComparison.Ordinal))["数值"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("江苏省", summary.Single(r => (string)r["项目"] == "地区")["数值"]);
        var provinces = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "按下级地区").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(provinces, r => (string)r["地区"] == "江苏省 南京市");
        var monthly = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "月度趋势").ToList();
        Assert.Equal(12, monthly.Count);

        // ?lang=en: the same figures in English.
        using var english = await national.GetAsync("/api/v1/complaints/statistics.xlsx?region=320000&to=2026-06-30&lang=en", Ct);
        using var en = new MemoryStream(await english.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(StatisticsWorkbook.SheetNames(english: true), MiniExcel.GetSheetNames(en));
        var enStatus = MiniExcel.Query(en, useHeaderRow: true, sheetName: "By status").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, Convert.ToInt32(enStatus.Single(r => (string)r["Status"] == "Closed")["Cases"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Jiangsu", MiniExcel.Query(en, useHeaderRow: true, sheetName: "Summary").Cast<IDictionary<string, object>>().Single(r => (string)r["Item"] == "Region")["Value"]);
    }

    [Fact]
    public async Task PublicFigures_HaveNoNamesOrCodes_AndHideGroupsUnderFive()
    {
        await EnsureJiangsuAsync();
        List<ComplaintCase> cases;
        await using (var scope = app.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<PublicStatistics>().Invalidate();
            // The dashboard's overdue / due-soon counts come from a shared snapshot refreshed in the background; one taken
            // before these cases (by another test of this fixture) would be served for up to a minute.
            await FreshClocksAsync();
            cases = await scope.ServiceProvider.GetRequiredService<ArrearsDbContext>().Cases.AsNoTracking().Include(c => c.Contracts).ToListAsync(Ct);
        }
        using var anonymous = app.CreateClient();
        using var response = await anonymous.GetAsync("/api/v1/public/complaint-statistics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        foreach (var c in cases)
        {
            Assert.DoesNotContain(c.ComplainantUscc, text, StringComparison.Ordinal);
            Assert.DoesNotContain(c.ComplainantName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(c.RespondentName, text, StringComparison.Ordinal);
            if (c.RespondentUscc is { } uscc) Assert.DoesNotContain(uscc, text, StringComparison.Ordinal);
            if (c.Number is { } number) Assert.DoesNotContain(number, text, StringComparison.Ordinal);
            Assert.DoesNotContain(c.Contracts[0].Number, text, StringComparison.Ordinal);
        }

        var s = JsonDocument.Parse(text).RootElement;
        var visible = cases.Where(c => c.Status != ComplaintStatus.Draft).ToList();
        Assert.Equal(visible.Count, s.GetProperty("total").GetInt32());
        var byStatus = visible.GroupBy(c => c.Status.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(byStatus.Values, n => n < PublicStatistics.MinimumGroup); // the data has small groups to hide
        foreach (var row in s.GetProperty("byStatus").EnumerateArray())
        {
            var truth = byStatus[row.GetProperty("key").GetString()!];
            var published = row.GetProperty("count");
            if (truth < PublicStatistics.MinimumGroup)
            {
                Assert.Equal(JsonValueKind.Null, published.ValueKind);
                Assert.Equal(JsonValueKind.Null, row.GetProperty("recoveredYuan").ValueKind);
            }
            else if (published.ValueKind != JsonValueKind.Null) Assert.Equal(truth, published.GetInt32());
        }

        using var page = await anonymous.GetAsync("/complaints/statistics", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"public-summary\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;5", html, StringComparison.Ordinal);
        Assert.DoesNotContain(cases[0].ComplainantName, html, StringComparison.Ordinal);

        // The charts draw only what is published: one value per shown figure, none (a gap) for a suppressed (null) one.
        var publishedMonths = s.GetProperty("monthly").EnumerateArray()
            .Sum(m => (m.GetProperty("filed").ValueKind == JsonValueKind.Null ? 0 : 1) + (m.GetProperty("closed").ValueKind == JsonValueKind.Null ? 0 : 1));
        Assert.Equal(publishedMonths, Bars(Figure(html, "trend-chart")));
        Assert.Equal(s.GetProperty("byStatus").EnumerateArray().Count(r => r.GetProperty("count").ValueKind != JsonValueKind.Null), Bars(Figure(html, "public-status")));
    }

    [Fact]
    public void Suppression_HidesSmallCells_AndOneMoreWhenASingleCellWouldBeDerivable()
    {
        Assert.Equal([1, 2], PublicStatistics.Hidden([10, 3, 7, 0]).Order());
        Assert.Equal([1, 2], PublicStatistics.Hidden([10, 3, 2]).Order());
        Assert.Empty(PublicStatistics.Hidden([10, 5, 0]));
    }

    [Fact]
    public async Task Dashboard_ShowsChartsTablesAndExport_ForOfficials_NotForEnterprises()
    {
        using var official = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var html = await official.GetStringAsync("/complaints/dashboard", Ct);
        Assert.Contains("data-testid=\"chart-status\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/complaints/statistics.xlsx", html, StringComparison.Ordinal);
        Assert.Contains("data-yw-chart=\"category\"", html, StringComparison.Ordinal);
        var trend = Figure(html, "trend-chart");
        Assert.Contains("role=\"img\"", trend, StringComparison.Ordinal);
        Assert.Contains("新立案", trend, StringComparison.Ordinal); // the legend names both series
        Assert.Contains("办结", trend, StringComparison.Ordinal);
        Assert.Equal(24, Bars(trend)); // twelve months, filed and concluded
        Assert.Equal(12, Regex.Count(trend, @"<th scope=""row"">\d{4}-\d{2}</th>")); // and the same in its table
        // A single figure is a tile, not a one-point chart; provinces are compared on a map only where the scope spans them.
        Assert.Contains("data-testid=\"dashboard-overdue\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"dashboard-map\"", html, StringComparison.Ordinal);
        using (var national = await PageClient.SignedInAsync(app, SeededAccounts.OfficialNational))
            Assert.Contains("data-yw-chart=\"map\"", Figure(await national.GetStringAsync("/complaints/dashboard", Ct), "dashboard-map"), StringComparison.Ordinal);

        using var enterprise = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var denied = await enterprise.GetAsync("/complaints/dashboard", Ct);
        Assert.DoesNotContain("data-testid=\"chart-status\"", await denied.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoSeed_CoversEveryState_ForTheDemoEnterprise_AndASecondRunAddsNothing()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var demo = db.Cases.AsNoTracking().Where(c => c.Contracts.Any(k => k.Number.StartsWith(DemoCases.ContractPrefix)));
        Assert.Equal(DemoCases.All.Length, await demo.CountAsync(Ct));
        var statuses = await demo.Select(c => c.Status).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<ComplaintStatus>().Order(), statuses.Order());
        Assert.True(await demo.CountAsync(c => c.ComplainantUscc == "91330106MA27XW1K3Y", Ct) >= 8);
        Assert.True(await demo.CountAsync(c => c.ExtensionDaysGranted > 0 && c.Status == ComplaintStatus.Handling, Ct) >= 1);
        Assert.True(await demo.CountAsync(c => c.Deadlines.Any(d => d.MetOn == null && d.Alert == DeadlineAlert.Overdue), Ct) >= 1);
        Assert.True(await demo.Select(c => c.RespondentRegion).Distinct().CountAsync(Ct) >= 6);
        var events = await db.Events.CountAsync(Ct);

        await new ArrearsModule().SeedDemoAsync(scope.ServiceProvider, Ct);

        Assert.Equal(DemoCases.All.Length, await demo.CountAsync(Ct));
        Assert.Equal(events, await db.Events.CountAsync(Ct));
    }

    private static Dictionary<string, int> Counts(JsonElement s, string table) =>
        s.GetProperty(table).EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("count").GetInt32());

    /// <summary>Six visible cases and a draft in 江苏, written straight to the database (not through the commands) once per fixture.</summary>
    private async Task EnsureJiangsuAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
            if (await db.Cases.AnyAsync(c => c.AcceptingRegion == "320000", Ct)) return;
            var now = app.HostClock.GetUtcNow();
            var today = CaseActor.ChinaDate(now);
            db.Cases.AddRange(
                Case(now, "A", ComplaintStatus.Submitted, RespondentType.LargeEnterprise, "320102", null, 100000m, null, D(2026, 3, 2), null, null, null, null,
                    (DeadlineKind.AcceptanceReview, D(2026, 3, 16))),
                Case(now, "B", ComplaintStatus.Accepted, RespondentType.StateOwnedEnterprise, "320105", null, 200000m, null, D(2026, 3, 10), D(2026, 3, 13), null, null, null,
                    (DeadlineKind.Forwarding, today)),
                Case(now, "C", ComplaintStatus.Handling, RespondentType.LargeEnterprise, "320106", "320106", 300000m, null, D(2026, 4, 1), D(2026, 4, 6), D(2026, 4, 8), null, null,
                    (DeadlineKind.Handling, today.AddDays(40))),
                Case(now, "D", ComplaintStatus.Closed, RespondentType.GovernmentBody, "320106", "320106", 400000m, 400000m, D(2026, 4, 10), D(2026, 4, 18), D(2026, 4, 20), D(2026, 5, 20), D(2026, 5, 25), null),
                Case(now, "E", ComplaintStatus.Closed, RespondentType.LargeEnterprise, "320106", "320106", 500000m, 100000m, D(2026, 5, 4), D(2026, 5, 6), D(2026, 5, 7), D(2026, 5, 17), D(2026, 6, 1), null),
                Case(now, "F", ComplaintStatus.Rejected, RespondentType.Other, "320205", null, 50000.50m, null, D(2026, 6, 3), null, null, null, D(2026, 6, 5), null),
                Case(now, "G", ComplaintStatus.Draft, RespondentType.LargeEnterprise, "320102", null, 999999m, null, null, null, null, null, null, null));
            // Through the module's one case writer, so the counts table and alert column take them in the same transaction.
            await scope.ServiceProvider.GetRequiredService<CaseWrite>().SaveAsync(audited: null, Ct);
            scope.ServiceProvider.GetRequiredService<PublicStatistics>().Invalidate();
        }
        finally
        {
            Once.Release();
        }
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>Refresh returns a load already under way, which may have started before the fixture: wait for it, then load anew.</summary>
    private async Task FreshClocksAsync()
    {
        var snapshot = app.Services.GetRequiredService<RunningClockSnapshot>();
        await snapshot.Refresh();
        await snapshot.Refresh();
    }

    /// <summary>A fixture case's clocks as the database has them now (for the message of a failed count).</summary>
    private async Task<string> ClocksOfAsync(string number)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var clocks = await db.Deadlines.AsNoTracking().Where(d => db.Cases.Any(c => c.Id == d.CaseId && c.Number == number))
            .Select(d => new { d.Kind, d.DueOn, d.MetOn, d.Alert }).ToListAsync(Ct);
        return $"today {CaseActor.ChinaDate(app.HostClock.GetUtcNow())}; " + string.Join(", ", clocks.Select(c => $"{c.Kind} due {c.DueOn} met {c.MetOn?.ToString() ?? "—"} alert {c.Alert}"));
    }

    private static ComplaintCase Case(DateTimeOffset now, string tag, ComplaintStatus status, RespondentType type, string respondentRegion, string? handlingRegion,
        decimal owed, decimal? recovered, DateOnly? submitted, DateOnly? accepted, DateOnly? forwarded, DateOnly? resolved, DateOnly? closed,
        (DeadlineKind Kind, DateOnly Due)? running)
    {
        var c = new ComplaintCase
        {
            Number = submitted is null ? null : "TS2026JS0000" + tag, Status = status, Version = 1,
            ComplainantUscc = "91320106MA1TEST00" + tag, ComplainantName = "苏测企业" + tag, ComplainantRegion = "320106",
            ContactName = "测试", ContactPhone = "13900000000",
            RespondentName = "苏测被投诉人" + tag, RespondentType = type, RespondentRegion = respondentRegion,
            AmountOwedYuan = owed, RecoveredYuan = recovered, Description = "hand-counted statistics fixture",
            AcceptingRegion = "320000", HandlingRegion = handlingRegion,
            CreatedAt = now, SubmittedOn = submitted, AcceptedOn = accepted, ForwardedOn = forwarded, ResolvedOn = resolved, ClosedOn = closed,
            Outcome = recovered is null ? null : recovered == owed ? ComplaintOutcome.PaidInFull : ComplaintOutcome.PartlyPaid,
        };
        c.Contracts.Add(new ComplaintContract { Number = "JS-STAT-" + tag, SignedOn = D(2025, 1, 1), AmountYuan = owed });
        if (running is { } r)
            c.Deadlines.Add(new CaseDeadline { Kind = r.Kind, StartOn = submitted ?? D(2026, 1, 1), Days = 10, Unit = "working-days", DueOn = r.Due, RuleId = "test", RuleZh = "测试", RuleEn = "test", CalendarVersion = "test" });
        return c;
    }

    /// <summary>The markup of one chart figure on a page.</summary>
    private static string Figure(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has the chart {testId}");
        return html[start..html.IndexOf("</figure>", start, StringComparison.Ordinal)];
    }

    /// <summary>The values a chart draws (its spec's non-null series values; null is a gap).</summary>
    private static int Bars(string figure)
    {
        var spec = Regex.Match(figure, "data-yw-spec=\"([^\"]*)\"").Groups[1].Value;
        using var json = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(spec));
        return json.RootElement.GetProperty("series").EnumerateArray()
            .Sum(series => series.GetProperty("values").EnumerateArray().Count(v => v.ValueKind != JsonValueKind.Null));
    }
}

public sealed class SqliteStatisticsTests(SqliteApp app) : StatisticsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresStatisticsTests(PostgresApp app) : StatisticsTests(app), IClassFixture<PostgresApp>;
