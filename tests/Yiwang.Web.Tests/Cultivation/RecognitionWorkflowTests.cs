using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using static Yiwang.Web.Tests.Cultivation.CultivationApi;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>The review chain through the API with the seeded accounts: who may do what, and what the enterprise sees.</summary>
public abstract class RecognitionWorkflowTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Specialized_IsRecommendedByXihu_RecognisedByZhejiang_AndPublishedForThreeYears()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var applied = await ApplyAsync(enterprise, "specialized");
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var application = await applied.JsonAsync();
        var id = application.GetProperty("id").GetInt64();
        Assert.Equal("submitted", Status(application));
        Assert.True(application.GetProperty("eligible").GetBoolean());
        Assert.Equal("330106", application.GetProperty("regionCode").GetString());

        using var again = await ApplyAsync(enterprise, "specialized");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var tooEarly = await DecideAsync(zhejiang, id, "provincial-decision", "approve");
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        using var provinceAsCounty = await DecideAsync(zhejiang, id, "local-review", "recommend");
        Assert.Equal(HttpStatusCode.Forbidden, provinceAsCounty.StatusCode);

        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var recommended = await DecideAsync(xihu, id, "local-review", "recommend", "材料齐全");
        Assert.Equal("locallyRecommended", Status(await recommended.JsonAsync()));
        using var countyAsProvince = await DecideAsync(xihu, id, "provincial-decision", "approve");
        Assert.Equal(HttpStatusCode.Forbidden, countyAsProvince.StatusCode);

        using var approved = await DecideAsync(zhejiang, id, "provincial-decision", "approve");
        var recognised = await approved.JsonAsync();
        Assert.Equal("recognised", Status(recognised));
        var from = DateOnly.Parse(recognised.GetProperty("validFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var until = DateOnly.Parse(recognised.GetProperty("validUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(from.AddYears(3).AddDays(-1), until);
        Assert.Equal(["submitted", "recommended", "recognised"], recognised.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));

        using var anonymous = app.CreateClient();
        var published = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/cultivation/published?tier=specialized", Ct);
        Assert.Contains(published.EnumerateArray(), e => e.GetProperty("uscc").GetString() == DemoEnterpriseUscc);

        await using var scope = app.CreateScope();
        var platform = scope.ServiceProvider.GetRequiredService<Yiwang.Web.Platform.Data.PlatformDbContext>();
        var subject = $"application/{id} {DemoEnterpriseUscc} specialized";
        var actions = platform.AuditEntries.Where(e => e.Subject == subject).Select(e => e.Action).ToList();
        Assert.Equal(["cultivation.application.recognised", "cultivation.application.recommended", "cultivation.application.submitted"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LittleGiant_GoesThroughTheProvinceToMiit()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = (await (await ApplyAsync(enterprise, "littleGiant")).JsonAsync()).GetProperty("id").GetInt64();
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var national = await ApiClient.SignedInAsync(app, OfficialNational);
        (await DecideAsync(xihu, id, "local-review", "recommend")).EnsureSuccessStatusCode();

        using var provinceApproves = await DecideAsync(zhejiang, id, "provincial-decision", "approve");
        Assert.Equal(HttpStatusCode.BadRequest, provinceApproves.StatusCode);
        using var nominated = await DecideAsync(zhejiang, id, "provincial-decision", "recommend");
        Assert.Equal("nationallyNominated", Status(await nominated.JsonAsync()));
        using var provinceDecidesNationally = await DecideAsync(zhejiang, id, "national-decision", "approve");
        Assert.Equal(HttpStatusCode.Forbidden, provinceDecidesNationally.StatusCode);

        using var recognised = await DecideAsync(national, id, "national-decision", "approve");
        Assert.Equal("recognised", Status(await recognised.JsonAsync()));
        using var provinceRevokes = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/revocation", new { reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, provinceRevokes.StatusCode);

        using var xihuUpdates = await xihu.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/annual-update", new { facts = StrongFacts }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, xihuUpdates.StatusCode);
        using var updated = await enterprise.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/annual-update",
            new { facts = new { yearsInNicheMarket = 6, revenueLastYearTenThousandYuan = 800 } }, Ct);
        var body = await updated.JsonAsync();
        Assert.Equal("recognised", Status(body));
        Assert.False(body.GetProperty("lastAnnualUpdateEligible").GetBoolean());
        Assert.Equal("annualUpdate", body.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Return_NeedsAReason_AndTheEnterpriseCanResubmit()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = (await (await ApplyAsync(enterprise, "innovative")).JsonAsync()).GetProperty("id").GetInt64();
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu, "en");

        using var noReason = await DecideAsync(xihu, id, "local-review", "return", " ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        using var badDecision = await DecideAsync(xihu, id, "local-review", "approve");
        Assert.Equal(HttpStatusCode.BadRequest, badDecision.StatusCode);

        using var returned = await DecideAsync(xihu, id, "local-review", "return", "请补充研发费用明细");
        Assert.Equal("returned", Status(await returned.JsonAsync()));
        var seen = await (await enterprise.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        Assert.Contains(seen.GetProperty("events").EnumerateArray(), e => e.GetProperty("reason").GetString() == "请补充研发费用明细");

        using var resubmitted = await enterprise.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/resubmission", new { facts = StrongFacts }, Ct);
        Assert.Equal("submitted", Status(await resubmitted.JsonAsync()));
    }

    [Fact]
    public async Task Enterprise_CannotReadAnotherEnterprisesApplication()
    {
        var other = await SeededIdAsync(app, SeededPendingUscc);
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        using var response = await enterprise.GetAsync($"/api/v1/cultivation/applications/{other}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var decide = await DecideAsync(enterprise, other, "local-review", "recommend");
        Assert.Equal(HttpStatusCode.NotFound, decide.StatusCode);

        var own = await (await enterprise.GetAsync("/api/v1/cultivation/applications?pageSize=200", Ct)).JsonAsync();
        Assert.All(own.GetProperty("items").EnumerateArray(), a => Assert.Equal(DemoEnterpriseUscc, a.GetProperty("uscc").GetString()));
    }

    [Fact]
    public async Task Officials_SeeOnlyTheirJurisdiction_AndAnonymousNothing()
    {
        using var anonymous = app.CreateClient();
        using var denied = await anonymous.GetAsync("/api/v1/cultivation/applications", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);

        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var queue = await (await xihu.GetAsync("/api/v1/cultivation/applications?queue=mine&pageSize=200", Ct)).JsonAsync();
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), a => a.GetProperty("uscc").GetString()!.StartsWith(SeededPendingUscc, StringComparison.Ordinal));
        Assert.All(queue.GetProperty("items").EnumerateArray(), a =>
        {
            Assert.StartsWith("330106", a.GetProperty("regionCode").GetString(), StringComparison.Ordinal);
            Assert.Equal("submitted", Status(a));
        });
    }

    [Fact]
    public async Task Revocation_ByTheProvince_NeedsAReason_AndRemovesFromThePublishedList()
    {
        var id = await SeededIdAsync(app, SeededRecognisedUscc);
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var countyRevokes = await xihu.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/revocation", new { reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, countyRevokes.StatusCode);

        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var noReason = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/revocation", new { reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var revoked = await zhejiang.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/revocation", new { reason = "年度更新发现研发投入不达标" }, Ct);
        var body = await revoked.JsonAsync();
        Assert.Equal("revoked", Status(body));
        Assert.Equal("年度更新发现研发投入不达标", body.GetProperty("revocationReason").GetString());

        using var anonymous = app.CreateClient();
        var published = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/cultivation/published", Ct);
        Assert.DoesNotContain(published.EnumerateArray(), e => e.GetProperty("uscc").GetString()!.StartsWith(SeededRecognisedUscc, StringComparison.Ordinal));
    }
}

public sealed class SqliteRecognitionWorkflowTests(SqliteApp app) : RecognitionWorkflowTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRecognitionWorkflowTests(PostgresApp app) : RecognitionWorkflowTests(app), IClassFixture<PostgresApp>;
