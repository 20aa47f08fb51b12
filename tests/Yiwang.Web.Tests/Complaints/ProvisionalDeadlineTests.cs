using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// A case filed and accepted on Friday 2026-12-18, when the 2027 holiday notice is not published yet: its clocks keep
/// running on provisional dates (shown as such), and loading the notice turns them final, logged on the timeline.
/// Its own fixture, because it moves the clock to December 2026 and loads a 2027 notice.
/// </summary>
public abstract class ProvisionalDeadlineTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clocks_running_into_a_year_without_a_notice_are_provisional_until_the_notice_is_loaded()
    {
        app.MoveTo(new DateOnly(2026, 12, 18));
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-PROV-" + app.Kind, Ct);
        using (var accepted = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode); // before this change: 422 "no 2027 holiday arrangement"

        // 9 working days left in 2026 (12-21..25, 12-28..31); 2027-01-01 is 元旦 by law, 01-02/03 a weekend → 01-04.
        var forwarding = ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.Province, id, Ct), "Forwarding");
        Assert.Equal("2027-01-04", forwarding.GetProperty("dueOn").GetString());
        Assert.True(forwarding.GetProperty("provisional").GetBoolean());
        Assert.Contains("临时期限", forwarding.GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.False(ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.Province, id, Ct), "AcceptanceReview")
            .GetProperty("provisional").GetBoolean()); // met on 12-18: nothing left to recompute

        using (var page = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang))
        {
            var html = await page.GetStringAsync($"/complaints/{id}", Ct);
            Assert.Contains("data-testid=\"deadline-provisional\"", html, StringComparison.Ordinal);
        }

        // The 2027 notice (made up for the test: the bridging Monday 01-04 off as well) makes the date final: 01-05.
        using (var loaded = await actors.Admin.PostAsync("/api/v1/admin/calendar/notices",
                   new StringContent(Notice2027, Encoding.UTF8, "application/json"), Ct))
            Assert.Equal(HttpStatusCode.Created, loaded.StatusCode);
        var detail = await ComplaintFixtures.GetAsync(actors.Province, id, Ct);
        var final = ComplaintFixtures.Deadline(detail, "Forwarding");
        Assert.Equal("2027-01-05", final.GetProperty("dueOn").GetString());
        Assert.False(final.GetProperty("provisional").GetBoolean());
        Assert.DoesNotContain("临时期限", final.GetProperty("rule").GetString(), StringComparison.Ordinal);
        var note = detail.GetProperty("timeline").EnumerateArray()
            .Single(e => e.GetProperty("action").GetString() == "deadline.recomputed").GetProperty("note").GetString();
        Assert.Contains("2027-01-04 → 2027-01-05, final", note, StringComparison.Ordinal);
    }

    private static string Notice2027 => JsonSerializer.Serialize(new
    {
        formatVersion = 1,
        version = "2027-test",
        source = "test data: a 2027 notice made up for this test",
        years = new[] { 2027 },
        papers = new Dictionary<string, string[]> { ["2027"] = ["https://www.gov.cn/example"] },
        days = new[]
        {
            new { date = "2027-01-01", name = "元旦", isOffDay = true },
            new { date = "2027-01-04", name = "元旦", isOffDay = true },
        },
    });
}

public sealed class SqliteProvisionalDeadlineTests(SqliteComplaintApp app) : ProvisionalDeadlineTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresProvisionalDeadlineTests(PostgresComplaintApp app) : ProvisionalDeadlineTests(app), IClassFixture<PostgresComplaintApp>;
