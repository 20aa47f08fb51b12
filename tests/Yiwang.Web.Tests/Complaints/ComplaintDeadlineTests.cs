using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Testing;
using Yiwang.Web.Tests.Platform;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// The clocks after filing: a calendar correction re-projects running deadlines and says so on the case; the sweep
/// marks due-soon and overdue clocks, tells the responsible department, and on overdue its supervisors too.
/// </summary>
public abstract class ComplaintDeadlineTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CalendarCorrection_MovesRunningDeadlines_ThenTheSweepMarksDueSoonAndOverdue_AndNotifies()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var waiting = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-DL-WAIT-" + app.Kind, Ct);
        var decided = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-DL-DONE-" + app.Kind, Ct);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{decided}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{decided}/forwarding", new { }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("2025-10-16", DueOn(await ComplaintFixtures.GetAsync(actors.Province, waiting, Ct), "AcceptanceReview"));

        // The correction drops the make-up working Saturday 2025-10-11: the 10th working day after 09-26 becomes 10-17.
        using (var loaded = await actors.Admin.PostAsync("/api/v1/admin/calendar/notices",
                   new StringContent(CalendarCorrections.Year2025WithoutOctober11("2025-test-correction"), Encoding.UTF8, "application/json"), Ct))
            Assert.Equal(HttpStatusCode.Created, loaded.StatusCode);
        var moved = await ComplaintFixtures.GetAsync(actors.Province, waiting, Ct);
        var review = ComplaintFixtures.Deadline(moved, "AcceptanceReview");
        Assert.Equal("2025-10-17", review.GetProperty("dueOn").GetString());
        Assert.EndsWith("+2025-test-correction", review.GetProperty("calendarVersion").GetString(), StringComparison.Ordinal);
        var note = moved.GetProperty("timeline").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "deadline.recomputed").GetProperty("note").GetString();
        Assert.Contains("2025-10-16 → 2025-10-17", note, StringComparison.Ordinal);
        // A deadline already met keeps its date.
        Assert.Equal("2025-09-26", ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.Province, decided, Ct), "AcceptanceReview").GetProperty("metOn").GetString());

        // Wednesday 10-15: two working days before 10-17 → due soon; the province is told, the national office is not.
        app.MoveTo(new DateOnly(2025, 10, 15));
        await actors.RefreshAsync();
        var soon = await SweepAsync(actors.Admin);
        Assert.True(soon.GetProperty("dueSoonMarked").GetInt32() >= 1);
        Assert.Equal("DueSoon", ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.Province, waiting, Ct), "AcceptanceReview").GetProperty("alert").GetString());
        Assert.Contains(waiting, await IdsAsync(actors.Province, "due-soon"));
        Assert.Contains("complaint.due-soon", await InboxKindsAsync(actors.Province));
        Assert.DoesNotContain("complaint.due-soon", await InboxKindsAsync(actors.National));

        // A second sweep on the same day marks nothing again (no repeated digests).
        Assert.Equal(0, (await SweepAsync(actors.Admin)).GetProperty("dueSoonMarked").GetInt32());

        // Monday 10-20: the review period has run out → overdue, and the supervising national office hears of it.
        app.MoveTo(new DateOnly(2025, 10, 20));
        await actors.RefreshAsync();
        var late = await SweepAsync(actors.Admin);
        Assert.True(late.GetProperty("overdueMarked").GetInt32() >= 1);
        Assert.Equal("Overdue", ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.Province, waiting, Ct), "AcceptanceReview").GetProperty("alert").GetString());
        Assert.Contains(waiting, await IdsAsync(actors.Province, "overdue"));
        Assert.DoesNotContain(decided, await IdsAsync(actors.Province, "overdue")); // its clocks stopped on time; handling runs to 11-10
        Assert.Contains("complaint.overdue", await InboxKindsAsync(actors.Province));
        Assert.Contains("complaint.overdue", await InboxKindsAsync(actors.National));

        await AssertCaseAlertsFollowTheirClocksAsync(someOverdue: true);

        // The list filter reads the case's copy of its clock's alert: deciding the case stops the overdue review clock
        // (the forwarding clock starts unflagged), so it leaves the overdue list at once, without another sweep.
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{waiting}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.DoesNotContain(waiting, await IdsAsync(actors.Province, "overdue"));
        Assert.DoesNotContain(waiting, await IdsAsync(actors.Province, "due-soon"));
        await AssertCaseAlertsFollowTheirClocksAsync(someOverdue: false);

        // Only an administrator may run the sweep by hand.
        using var refused = await actors.Province.PostAsync("/api/v1/admin/complaint-deadlines/sweep", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>Every case's alert (the copy the list filters on) is the alert of its running clocks, Overdue first.</summary>
    private async Task AssertCaseAlertsFollowTheirClocksAsync(bool someOverdue)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArrearsDbContext>();
        var cases = await db.Cases.AsNoTracking()
            .Select(c => new { c.Id, c.Alert, Running = c.Deadlines.Where(d => d.MetOn == null).Select(d => d.Alert).ToList() }).ToListAsync(Ct);
        if (someOverdue) Assert.Contains(cases, c => c.Alert == DeadlineAlert.Overdue);
        foreach (var c in cases)
        {
            var expected = c.Running.Contains(DeadlineAlert.Overdue) ? DeadlineAlert.Overdue
                : c.Running.Contains(DeadlineAlert.DueSoon) ? DeadlineAlert.DueSoon : DeadlineAlert.None;
            Assert.True(expected == c.Alert, $"case {c.Id}: alert {c.Alert}, running clocks say {expected}");
        }
    }

    private static string? DueOn(JsonElement detail, string kind) => ComplaintFixtures.Deadline(detail, kind).GetProperty("dueOn").GetString();

    private static async Task<JsonElement> SweepAsync(HttpClient admin)
    {
        using var response = await admin.PostAsync("/api/v1/admin/complaint-deadlines/sweep", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string alert)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/complaints?alert={alert}&pageSize=200", Ct);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }

    private static async Task<List<string?>> InboxKindsAsync(HttpClient client)
    {
        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox?take=100", Ct);
        return [.. inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString())];
    }
}

public sealed class SqliteComplaintDeadlineTests(SqliteComplaintApp app) : ComplaintDeadlineTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintDeadlineTests(PostgresComplaintApp app) : ComplaintDeadlineTests(app), IClassFixture<PostgresComplaintApp>;
