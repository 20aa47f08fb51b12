using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Bad input on every complaint path answers problem details naming the field (zh-CN / en), never a 500, and changes
/// nothing: malformed JSON, wrong types, invalid codes, absurd amounts and dates, files that lie about their type.
/// </summary>
public abstract class ComplaintInputTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadDrafts => new()
    {
        { "{\"contactName\": \"王芳\", ", "" },                                               // truncated JSON
        { "{\"amountOwedYuan\": \"三十八万\"}", "" },                                           // wrong type
        { "[1,2,3]", "" },                                                                   // wrong shape
        { Draft("respondent.uscc", "91330106MA2HDXG7JA"), "respondent.uscc" },         // wrong check character
        { Draft("respondent.type", "Ministry"), "respondent.type" },                   // unknown code
        { Draft("respondent.region", "339999"), "respondent.region" },                 // region that does not exist
        { Draft("amountOwedYuan", -5), "amountOwedYuan" },                            // negative
        { Draft("amountOwedYuan", 5_000_000_000_000), "amountOwedYuan" },             // absurd (5 万亿)
        { Draft("contracts[0].signedOn", "1899-01-01"), "contracts[0].signedOn" },     // absurd date
        { Draft("contracts[0].signedOn", "2031-01-01"), "contracts[0].signedOn" },     // in the future
        { Draft("contactPhone", "call me"), "contactPhone" },
        { Draft("priorProceedings", "Police"), "priorProceedings" },
        { Draft("respondent.uscc", "91330106MA27XW1K3Y"), "respondent.uscc" },         // complaining about itself
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task BadDraft_Is400ProblemDetails_NamingTheField_AndNothingIsSaved(string json, string field)
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        var before = await TotalAsync(enterprise);

        using var response = await enterprise.PostAsync("/api/v1/complaints", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        if (field.Length > 0)
        {
            var message = problem.GetProperty("errors").GetProperty(field)[0].GetString();
            Assert.False(string.IsNullOrWhiteSpace(message));
            Assert.DoesNotMatch("[\u4e00-\u9fff]", message!); // the English text was asked for
        }
        Assert.Equal(before, await TotalAsync(enterprise));
    }

    [Fact]
    public async Task ChineseCaller_GetsChineseMessages()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "zh-CN");
        using var response = await enterprise.PostAsJsonAsync("/api/v1/complaints", JsonSerializer.Deserialize<JsonElement>(Draft("amountOwedYuan", -1)), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("[\u4e00-\u9fff]", (await response.JsonAsync()).GetProperty("errors").GetProperty("amountOwedYuan")[0].GetString()!);
    }

    [Fact]
    public async Task Evidence_IsJudgedByContent_NotByNameOrDeclaredType_AndOversizeIs413()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        var id = await ComplaintFixtures.CreateDraftAsync(enterprise, ComplaintFixtures.Draft("HT-IN-EV-" + app.Kind), Ct);

        // A script named and declared as a PDF is refused; a PNG named .pdf is stored as what it is.
        using (var lie = await ComplaintFixtures.UploadAsync(enterprise, id, "<script>alert(1)</script>"u8.ToArray(), "合同.pdf", "application/pdf", Ct))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, lie.StatusCode);
            Assert.Equal("application/problem+json", lie.Content.Headers.ContentType?.MediaType);
            Assert.Contains("PDF", await lie.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        using (var renamed = await ComplaintFixtures.UploadAsync(enterprise, id, ComplaintFixtures.Png, "scan.pdf", "application/pdf", Ct))
        {
            Assert.Equal(HttpStatusCode.Created, renamed.StatusCode);
            Assert.Equal("image/png", (await renamed.JsonAsync()).GetProperty("contentType").GetString());
        }

        var oversized = new byte[10 * 1024 * 1024 + 1];
        ComplaintFixtures.Pdf.CopyTo(oversized, 0);
        using (var big = await ComplaintFixtures.UploadAsync(enterprise, id, oversized, "big.pdf", "application/pdf", Ct))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        using (var empty = await ComplaintFixtures.UploadAsync(enterprise, id, [], "empty.pdf", "application/pdf", Ct))
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        var evidence = (await ComplaintFixtures.GetAsync(enterprise, id, Ct)).GetProperty("evidence").EnumerateArray().ToList();
        Assert.Single(evidence);
        Assert.Equal(64, evidence[0].GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task Submission_WithoutEvidence_OrIncomplete_Is400_AndTheDraftStaysADraft()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        var id = await ComplaintFixtures.CreateDraftAsync(enterprise, new { contactName = "王芳", description = "只填了一部分的草稿内容" }, Ct);

        using var incomplete = await enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/submission", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await incomplete.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("respondent.name", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("contracts", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("evidence", out _), errors.GetRawText());

        var complete = await ComplaintFixtures.CreateDraftAsync(enterprise, ComplaintFixtures.Draft("HT-IN-NOEV-" + app.Kind), Ct);
        using var noEvidence = await enterprise.PostAsJsonAsync($"/api/v1/complaints/{complete}/submission", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.Equal("Draft", (await ComplaintFixtures.GetAsync(enterprise, complete, Ct)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"decision\":\"maybe\"}")]
    [InlineData("{\"decision\":\"reject\"}")]                                 // a rejection needs its statutory ground
    [InlineData("{\"decision\":\"reject\",\"reason\":\"TooBusy\"}")]           // not a ground in the list
    [InlineData("{\"decision\":\"return\"}")]                                 // a return must say what is missing
    [InlineData("{\"decision\":")]
    public async Task BadAcceptanceDecision_Is400_AndTheCaseIsUnchanged(string json)
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, $"HT-IN-ACC-{Math.Abs(json.GetHashCode(StringComparison.Ordinal))}-{app.Kind}", Ct);
        var version = (await ComplaintFixtures.GetAsync(actors.Province, id, Ct)).GetProperty("version").GetInt32();

        using var response = await actors.Province.PostAsync($"/api/v1/complaints/{id}/acceptance", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var after = await ComplaintFixtures.GetAsync(actors.Province, id, Ct);
        Assert.Equal("Submitted", after.GetProperty("status").GetString());
        Assert.Equal(version, after.GetProperty("version").GetInt32());
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/complaints?pageSize=1", Ct)).GetProperty("total").GetInt32();

    /// <summary>The valid fixture draft with one thing changed, as JSON text.</summary>
    private static string Draft(string path, object value)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(ComplaintFixtures.Draft("HT-IN-BAD"), JsonSerializerOptions.Web))!;
        var parts = path.Replace("[0]", ".0", StringComparison.Ordinal).Split('.');
        var parent = parts[..^1].Aggregate(node, (n, part) => int.TryParse(part, out var i) ? n[i]! : n[part]!);
        parent[parts[^1]] = JsonSerializer.SerializeToNode(value);
        return node.ToJsonString();
    }
}

public sealed class SqliteComplaintInputTests(SqliteComplaintApp app) : ComplaintInputTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintInputTests(PostgresComplaintApp app) : ComplaintInputTests(app), IClassFixture<PostgresComplaintApp>;
