using System.Net;
using System.Net.Http.Headers;
using Yiwang.Kernel.Access;
using Yiwang.Testing;
using Yiwang.Web.Tests.Complaints;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>Issue 14: the sign-out form's antiforgery token, cross-site API writes with a cookie, and what responses say about caching.</summary>
public abstract class RequestHardeningTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logout_WithoutTheAntiforgeryToken_IsRefused_AndTheSessionGoesOn()
    {
        using var browser = await BrowserSession.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using (var logout = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([]) }))
            Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        using var inbox = await browser.GetAsync("/inbox");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task CookieApiWrite_FromAForeignOrigin_IsRefused_BeforeTheImportRuns()
    {
        using var browser = await BrowserSession.SignedInAsync(app, SeededAccounts.Admin);
        var uscc = Kernel.Codes.Uscc.FromBody($"91330106MA2XC{(app.Kind == TestDatabaseKind.Sqlite ? "Q" : "P")}101").Value;
        var csv = $"uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan\n{uscc},跨站导入测试有限公司,330106,3011,30,400,\n";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/enterprises/import")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "x.csv" } },
        };
        request.Headers.Add("Origin", "https://evil.example");
        using var imported = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, imported.StatusCode);
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        using var lookup = await api.GetAsync($"/api/v1/enterprises/{uscc}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "same-site", HttpStatusCode.Forbidden)]
    [InlineData("Origin", "http://localhost", HttpStatusCode.NotFound)]
    [InlineData("Sec-Fetch-Site", "same-origin", HttpStatusCode.NotFound)]
    public async Task CookieApiWrite_IsJudgedByOriginAndFetchSite(string header, string value, HttpStatusCode expected)
    {
        using var browser = await BrowserSession.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inbox/{Guid.NewGuid()}/read");
        request.Headers.Add(header, value);
        using var response = await browser.SendAsync(request);
        Assert.Equal(expected, response.StatusCode); // 404: allowed through, and there is no such message
    }

    [Fact]
    public async Task BearerApiWrite_FromAForeignOrigin_IsNotAffected()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/inbox/{Guid.NewGuid()}/read");
        request.Headers.Add("Origin", "https://partner.example");
        using var response = await api.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignedInPages_AndPersonalData_AreNotStored()
    {
        using var browser = await BrowserSession.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using (var home = await browser.GetAsync("/")) Assert.True(home.Headers.CacheControl?.NoStore, "the signed-in home page is no-store");

        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(enterprise, "HT-NOSTORE-" + app.Kind, Ct);
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var contact = await official.GetAsync($"/api/v1/complaints/{id}/contact", Ct);
        Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        Assert.True(contact.Headers.CacheControl?.NoStore, "the contact answer is no-store");
    }
}

public sealed class SqliteRequestHardeningTests(SqliteApp app) : RequestHardeningTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRequestHardeningTests(PostgresApp app) : RequestHardeningTests(app), IClassFixture<PostgresApp>;

/// <summary>A host told it is served over HTTPS (behind a TLS proxy, so it sees plain HTTP itself).</summary>
public sealed class HttpsBehindProxyApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Security:RequireHttps"] = "true" };
}

public sealed class SecureCookieTests(HttpsBehindProxyApp app) : IClassFixture<HttpsBehindProxyApp>
{
    [Fact]
    public async Task WithRequireHttps_EveryCookieIsSecure()
    {
        using var browser = new BrowserSession(app);
        using var page = await browser.GetAsync("/account/login");
        using var login = await browser.PostFormAsync("/account/login", "/account/login",
            new() { ["Email"] = SeededAccounts.OfficialXihu, ["Password"] = SeededAccounts.Password, ["ReturnUrl"] = "/" });
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("yiwang.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(page.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
