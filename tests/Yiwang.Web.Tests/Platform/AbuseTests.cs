using System.Net;
using System.Net.Http.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform;

/// <summary>A host with the production-like limits: brute force and flooding are stopped.</summary>
public sealed class StrictLimitsApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:LoginPerMinute"] = "5",
        ["RateLimits:SubmitPerMinute"] = "8",
    };
}

public sealed class AbuseTests(StrictLimitsApp app) : IClassFixture<StrictLimitsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenRequests_BeyondTheLimit_Get429ProblemDetails()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@example.com", password = "wrong-password-1" }, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Submissions_BeyondTheLimit_Get429()
    {
        using var client = app.CreateClient();
        HttpStatusCode last = default;
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/size-classifications", new { industryCode = "3011", employees = 5, revenueTenThousandYuan = 100m }, Ct);
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }
}

public abstract class AccountSecurityTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Five wrong passwords hold this client back from this account, even with the right password, and the answer is the
    /// one every refusal gets (it does not say "locked"). Other addresses are not affected (SignInAbuseTests).
    /// </summary>
    [Fact]
    public async Task FiveWrongPasswords_HoldTheClientBack_EvenWithTheRightOne_WithTheUsualAnswer()
    {
        using var client = app.CreateClient();
        string? refusal = null;
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "official.national@yiwang.local", password = $"wrong-{i}-password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            refusal ??= (await wrong.JsonAsync()).GetProperty("title").GetString();
        }

        using var right = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "official.national@yiwang.local", password = SeededAccounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal(refusal, (await right.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/size/self-test", Ct);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInAnImportedName_IsRenderedInert()
    {
        var uscc = Kernel.Codes.Uscc.FromBody("91330106MA2XTT001").Value;
        var csv = $"uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan\n{uscc},<script>alert(1)</script>有限公司,330106,3011,30,400,\n";
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "xss.csv" } };
        using var imported = await api.PostAsync("/api/v1/enterprises/import", form, Ct);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        using var browser = await PageClient.SignedInAsync(app, SeededAccounts.Admin);
        var page = await browser.GetStringAsync($"/enterprises?q={uscc}", Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenRedirect_AfterLogin_IsRefused()
    {
        using var client = app.CreateClientWithoutRedirects();
        var token = await PageClient.AntiforgeryTokenAsync(client, "/account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = SeededAccounts.OfficialZhejiang, ["Password"] = SeededAccounts.Password, ["ReturnUrl"] = "//evil.example.com/", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.ToString());
    }
}

public sealed class SqliteAccountSecurityTests(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccountSecurityTests(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;

/// <summary>Submissions limited to 8 a minute, sign-ins not in the way: budgets per endpoint family and per caller.</summary>
public sealed class FamilyLimitsApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:LoginPerMinute"] = "1000",
        ["RateLimits:SubmitPerMinute"] = "8",
    };
}

/// <summary>Issue 14: an attacker flooding one endpoint family from an address does not deny service to others.</summary>
public sealed class RateLimitPartitionTests(FamilyLimitsApp app) : IClassFixture<FamilyLimitsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wrong_PACT_secrets_exhaust_only_the_PACT_budget_and_signed_in_users_keep_their_own()
    {
        using var attacker = app.CreateClient();
        HttpStatusCode last = default;
        for (var i = 0; i < 12; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("nobody:wrong"u8.ToArray()));
            using var response = await attacker.SendAsync(request, Ct);
            last = response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last);

        // Same address (the test server has one), another family (not the one the other test floods): still served.
        using (var classify = await attacker.PostAsJsonAsync("/api/v1/size-classifications", new { industryCode = "3011", employees = 5, revenueTenThousandYuan = 100m }, Ct))
            Assert.Equal(HttpStatusCode.OK, classify.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_flood_of_a_family_leaves_a_signed_in_user_of_the_same_address_served()
    {
        using var anonymous = app.CreateClient();
        HttpStatusCode last = default;
        for (var i = 0; i < 10; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/v1/arrears/payment-due-dates", new { }, Ct);
            last = response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, last);

        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var served = await enterprise.PostAsJsonAsync("/api/v1/arrears/payment-due-dates", new { }, Ct);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, served.StatusCode);
        Assert.True((int)served.StatusCode < 500);
    }
}
