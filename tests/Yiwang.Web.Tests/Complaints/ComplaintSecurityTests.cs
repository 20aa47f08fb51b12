using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Issue 14, the complaint platform: the size check of a complainant who asked to stay anonymous (第二十条), who may
/// approve an extension of the handling period (第二十五条第二款: the head of the handling department), and a page
/// number that is not a number.
/// </summary>
public abstract class ComplaintSecurityTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_withheld_identity_also_hides_the_complainants_size_check_from_the_respondent_in_the_API_and_on_the_page()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-SEC-SIZE-" + app.Kind, Ct, withhold: true);
        await ForwardAsync(actors, id);

        // What the size check says about the complainant (its figures, as the complainant and the officials see them).
        var lines = (await ComplaintFixtures.GetAsync(actors.County, id, Ct)).GetProperty("sizeCheck").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.NotEmpty(lines);

        var seen = await ComplaintFixtures.GetAsync(actors.Respondent, id, Ct);
        Assert.Empty(seen.GetProperty("sizeCheck").EnumerateArray());
        Assert.All(lines, line => Assert.DoesNotContain(line, seen.GetRawText(), StringComparison.Ordinal));

        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Respondent);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/complaints/{id}", Ct));
        Assert.All(lines, line => Assert.DoesNotContain(line, html, StringComparison.Ordinal));

        // Not withheld: the respondent may see who complains, and the check is the complainant's, not a secret.
        var open = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-SEC-SIZE-OPEN-" + app.Kind, Ct, withhold: false);
        await ForwardAsync(actors, open);
        Assert.NotEmpty((await ComplaintFixtures.GetAsync(actors.Respondent, open, Ct)).GetProperty("sizeCheck").EnumerateArray());
    }

    [Fact]
    public async Task Only_a_department_head_of_the_handling_department_approves_an_extension()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-SEC-EXT-" + app.Kind, Ct);
        await ForwardAsync(actors, id);
        using (var asked = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions", new { days = 20, reason = "需核对多份合同" }, Ct))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var pending = await PendingAsync(actors.County, id);

        // The province covers the case but heads no handling department; the national office neither.
        foreach (var official in new[] { actors.Province, actors.National })
        {
            Assert.DoesNotContain("decide-extension", await ActionsAsync(official, id));
            using var refused = await official.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions/{pending}/decision", new { approve = true }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal("Pending", (await ComplaintFixtures.GetAsync(actors.County, id, Ct)).GetProperty("extensions")[0].GetProperty("decision").GetString());

        Assert.Contains("decide-extension", await ActionsAsync(actors.Head, id));
        using (var approved = await actors.Head.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions/{pending}/decision", new { approve = true, note = "同意" }, Ct))
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        // The head asks in turn: a case officer of the same department cannot approve the head's request.
        using (var asked = await actors.Head.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions", new { days = 10, reason = "仍需核对" }, Ct))
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var second = await PendingAsync(actors.County, id);
        Assert.DoesNotContain("decide-extension", await ActionsAsync(actors.County, id));
        using (var refused = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/extensions/{second}/decision", new { approve = true }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var handling = ComplaintFixtures.Deadline(await ComplaintFixtures.GetAsync(actors.County, id, Ct), "Handling");
        Assert.Equal(50, handling.GetProperty("days").GetInt32()); // 30 + the 20 approved; the 10 still pending
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=1.5")]
    [InlineData("pageSize=lots")]
    [InlineData("page=99999999999")]
    public async Task A_page_number_that_is_not_a_whole_number_is_a_400_problem_in_the_API(string query)
    {
        using var province = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang, "en");
        using var response = await province.GetAsync($"/api/v1/complaints?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var field = query[..query.IndexOf('=', StringComparison.Ordinal)];
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("page=-3")]
    [InlineData("page=99999999999")]
    public async Task A_page_number_that_is_not_a_whole_number_shows_the_first_page_with_a_note_on_the_list_page(string query)
    {
        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var response = await province.GetAsync($"/complaints?{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"complaint-list\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"page-ignored\"", html, StringComparison.Ordinal);
    }

    private static async Task ForwardAsync(ComplaintActors actors, long id)
    {
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    private static async Task<long> PendingAsync(HttpClient client, long id) =>
        (await ComplaintFixtures.GetAsync(client, id, Ct)).GetProperty("extensions").EnumerateArray()
            .Single(e => e.GetProperty("decision").GetString() == "Pending").GetProperty("id").GetInt64();

    private static async Task<List<string?>> ActionsAsync(HttpClient client, long id) =>
        [.. (await ComplaintFixtures.GetAsync(client, id, Ct)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString())];
}

public sealed class SqliteComplaintSecurityTests(SqliteComplaintApp app) : ComplaintSecurityTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintSecurityTests(PostgresComplaintApp app) : ComplaintSecurityTests(app), IClassFixture<PostgresComplaintApp>;
