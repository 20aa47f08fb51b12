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
