using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Access;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Tests.Complaints;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>
/// Issue 14 "sessions are never revalidated": an ended session, a locked account, a removed role or a changed security
/// stamp stops the old cookie or bearer token (this host checks every request: no cache window).
/// </summary>
public abstract class SessionRevocationTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OldCookie_AfterLogout_IsSentToTheLoginPage_AndGets401OnTheApi()
    {
        var email = await AccountAsync("logout");
        using var browser = await BrowserSession.SignedInAsync(app, email);
        var oldCookies = browser.CookieHeader;
        using (var inbox = await browser.GetAsync("/inbox")) Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);

        using (var logout = await browser.PostFormAsync("/inbox", "/account/logout", []))
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var replay = new BrowserSession(app);
        foreach (var part in oldCookies.Split("; ")) replay.Cookies[part[..part.IndexOf('=')]] = part[(part.IndexOf('=') + 1)..];
        using var page = await replay.GetAsync("/inbox");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), page.Headers.Location!).AbsolutePath);
        using var api = await replay.GetAsync("/api/v1/inbox");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task OldBearer_AfterTheAccountIsLocked_Gets401()
    {
        var email = await AccountAsync("lock");
        var tokens = await IssuedTokens.ForAsync(app, email);
        using var client = tokens.Client(app);
        using (var before = await client.GetAsync("/api/v1/inbox", Ct)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await ChangeAsync(email, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        using var after = await client.GetAsync("/api/v1/inbox", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task OldBearer_AfterTheSecurityStampChanged_Gets401()
    {
        var email = await AccountAsync("stamp");
        var tokens = await IssuedTokens.ForAsync(app, email);
        using var client = tokens.Client(app);
        using (var before = await client.GetAsync("/api/v1/inbox", Ct)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await ChangeAsync(email, (users, user) => users.UpdateSecurityStampAsync(user));

        using var after = await client.GetAsync("/api/v1/inbox", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    /// <summary>The example of the issue: a province official whose role is taken away keeps reading a complainant's phone number.</summary>
    [Fact]
    public async Task OldBearer_AfterTheRoleIsRemoved_CannotReadAComplaintsContact()
    {
        var email = await AccountAsync("role", region: "330000");
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(enterprise, "HT-SESSION-ROLE-" + app.Kind, Ct);
        var tokens = await IssuedTokens.ForAsync(app, email);
        using var official = tokens.Client(app);
        using (var before = await official.GetAsync($"/api/v1/complaints/{id}/contact", Ct)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await ChangeAsync(email, (users, user) => users.RemoveFromRoleAsync(user, Roles.Official));

        using var after = await official.GetAsync($"/api/v1/complaints/{id}/contact", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task AccessTokens_AreShortLived_AndCarryARefreshToken()
    {
        var tokens = await IssuedTokens.ForAsync(app, await AccountAsync("lifetime"));
        Assert.InRange(tokens.ExpiresIn, 60, 15 * 60);
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
    }

    [Fact]
    public async Task Refresh_RotatesTheRefreshToken_AndTheOldOneIsRefused()
    {
        var first = await IssuedTokens.ForAsync(app, await AccountAsync("rotate"));
        using var anonymous = app.CreateClient();

        using var refreshed = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken }, Ct);
        var second = await IssuedTokens.ReadAsync(refreshed);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        using (var client = second.Client(app))
        using (var inbox = await client.GetAsync("/api/v1/inbox", Ct))
            Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);

        using var reused = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        // Reuse of a rotated token means it leaked: the whole session ends, the newest tokens with it.
        using var afterReuse = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = second.RefreshToken }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, afterReuse.StatusCode);
    }

    [Fact]
    public async Task Refresh_AfterLogout_Gets401_AndTheAccessTokenStopsToo()
    {
        var tokens = await IssuedTokens.ForAsync(app, await AccountAsync("api-logout"));
        using var client = tokens.Client(app);
        using (var logout = await client.PostAsync("/api/v1/auth/logout", null, Ct)) Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        using (var inbox = await client.GetAsync("/api/v1/inbox", Ct)) Assert.Equal(HttpStatusCode.Unauthorized, inbox.StatusCode);
        using var anonymous = app.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal("application/problem+json", refresh.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Refresh_AfterTheAccountIsLocked_Gets401()
    {
        var email = await AccountAsync("refresh-lock");
        var tokens = await IssuedTokens.ForAsync(app, email);
        await ChangeAsync(email, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        using var anonymous = app.CreateClient();
        using var refresh = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    private async Task<string> AccountAsync(string purpose, string region = "330106")
    {
        var email = $"session.{purpose}.{app.Kind}.{Guid.NewGuid():N}@yiwang.test".ToLowerInvariant();
        await IdentityAccounts.EnsureAsync(app, (email, Roles.Official, region, null));
        return email;
    }

    private async Task ChangeAsync(string email, Func<UserManager<PlatformUser>, PlatformUser, Task<IdentityResult>> change)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var result = await change(users, (await users.FindByEmailAsync(email))!);
        Assert.True(result.Succeeded);
    }
}

public sealed class SqliteSessionRevocationTests(SqliteUncachedSessionsApp app) : SessionRevocationTests(app), IClassFixture<SqliteUncachedSessionsApp>;

public sealed class PostgresSessionRevocationTests(PostgresUncachedSessionsApp app) : SessionRevocationTests(app), IClassFixture<PostgresUncachedSessionsApp>;
