using System.Net;
using System.Net.Http.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Two officials acting on one case at the same moment: one wins, the other gets 409 with a message that says what
/// happened, and the case records exactly one decision.
/// </summary>
public abstract class ComplaintConcurrencyTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoOfficials_DecideAtOnce_OneSucceeds_TheOtherGets409_AndOneDecisionIsRecorded()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        for (var round = 0; round < 3; round++)
        {
            var id = await ComplaintFixtures.FileAsync(actors.Enterprise, $"HT-CONC-{round}-{app.Kind}", Ct);
            var version = (await ComplaintFixtures.GetAsync(actors.Province, id, Ct)).GetProperty("version").GetInt32();

            // Both saw the same version; the province accepts while the national office rejects.
            var accept = actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance",
                new { decision = "accept", note = "同意受理", expectedVersion = version }, Ct);
            var reject = actors.National.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance",
                new { decision = "reject", reason = "RepeatedWithoutNewFacts", note = "重复投诉", expectedVersion = version }, Ct);
            using var first = await accept;
            using var second = await reject;

            var statuses = new[] { first.StatusCode, second.StatusCode };
            Assert.Single(statuses, HttpStatusCode.OK);
            Assert.Single(statuses, HttpStatusCode.Conflict);
            var loser = first.StatusCode == HttpStatusCode.Conflict ? first : second;
            Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
            Assert.Contains("刷新", await loser.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            var after = await ComplaintFixtures.GetAsync(actors.Province, id, Ct);
            var decisions = after.GetProperty("timeline").EnumerateArray()
                .Count(e => e.GetProperty("action").GetString() is "accepted" or "rejected");
            Assert.Equal(1, decisions);
            Assert.Equal(first.StatusCode == HttpStatusCode.OK ? "Accepted" : "Rejected", after.GetProperty("status").GetString());
            Assert.Equal(version + 1, after.GetProperty("version").GetInt32());
        }
    }

    [Fact]
    public async Task A_StaleVersion_Is409_AndTheStepIsNotRecorded()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-CONC-STALE-" + app.Kind, Ct);
        var seen = (await ComplaintFixtures.GetAsync(actors.Province, id, Ct)).GetProperty("version").GetInt32();
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept", expectedVersion = seen }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        using var stale = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { note = "迟到的操作", expectedVersion = seen }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var after = await ComplaintFixtures.GetAsync(actors.Province, id, Ct);
        Assert.Equal("Accepted", after.GetProperty("status").GetString());
        Assert.DoesNotContain(after.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("action").GetString() == "forwarded");
    }
}

public sealed class SqliteComplaintConcurrencyTests(SqliteComplaintApp app) : ComplaintConcurrencyTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintConcurrencyTests(PostgresComplaintApp app) : ComplaintConcurrencyTests(app), IClassFixture<PostgresComplaintApp>;
