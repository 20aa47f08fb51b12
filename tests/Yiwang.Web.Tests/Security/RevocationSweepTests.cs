using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Access;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Tests.Platform.Accounts;

namespace Yiwang.Web.Tests.Security;

/// <summary>
/// Issue 14's session revocation, swept: after sign-out, a lock or the loss of the role, the old bearer token and the
/// old cookie get 401 on every protected read of the OpenAPI document a province official may make (not only on the
/// inbox, as <see cref="SessionRevocationTests"/> checks one route each).
/// </summary>
public abstract class RevocationSweepTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("logout")]
    [InlineData("lock")]
    [InlineData("role-removed")]
    public async Task OldBearerAndOldCookie_Get401_OnEveryProtectedRead(string revocation)
    {
        var routes = await ProtectedReadsAsync();
        var email = $"sweep.{revocation}.{app.Kind}.{Guid.NewGuid():N}@yiwang.test".ToLowerInvariant();
        await IdentityAccounts.EnsureAsync(app, (email, Roles.Official, "330000", null));
        var tokens = await IssuedTokens.ForAsync(app, email);
        using var bearer = tokens.Client(app);
        using var browser = await BrowserSession.SignedInAsync(app, email);
        var oldCookies = browser.CookieHeader;
        foreach (var route in routes)
        {
            using var before = await bearer.GetAsync(route, Ct);
            Assert.True(before.StatusCode != HttpStatusCode.Unauthorized, $"{route} answers the signed-in official before the {revocation}");
            using var beforeCookie = await browser.GetAsync(route);
            Assert.True(beforeCookie.StatusCode != HttpStatusCode.Unauthorized, $"{route} answers the official's cookie before the {revocation}");
        }

        await RevokeAsync(revocation, email, bearer, browser);

        using var replay = new BrowserSession(app);
        foreach (var part in oldCookies.Split("; ")) replay.Cookies[part[..part.IndexOf('=')]] = part[(part.IndexOf('=') + 1)..];
        var stillOpen = new List<string>();
        foreach (var route in routes)
        {
            using (var viaBearer = await bearer.GetAsync(route, Ct))
                if (viaBearer.StatusCode != HttpStatusCode.Unauthorized) stillOpen.Add($"bearer {route} → {(int)viaBearer.StatusCode}");
            using (var viaCookie = await replay.GetAsync(route))
                if (viaCookie.StatusCode != HttpStatusCode.Unauthorized) stillOpen.Add($"cookie {route} → {(int)viaCookie.StatusCode}");
        }

        SuiteFigures.Report($"revocation sweep ({app.Kind}, {revocation}): {routes.Count} protected reads × bearer and cookie = {routes.Count * 2} replays, {stillOpen.Count} still open");
        Assert.True(stillOpen.Count == 0, string.Join('\n', stillOpen));
    }

    /// <summary>The document's GET routes closed to anonymous callers and open to a province official, ids filled.</summary>
    private async Task<List<string>> ProtectedReadsAsync()
    {
        var (operations, _) = await OpenApiOperations.ReadAsync(app);
        var foreign = await ForeignObjects.FindAsync(app);
        var routes = operations
            .Where(o => o.Method == "GET" && AccessPolicy.MayPass(o.Key) is { } may && !may.Contains(SweepRole.Anonymous) && may.Contains(SweepRole.ProvinceOfficial))
            .Select(o => foreign.Fill(o.Template)).ToList();
        Assert.True(routes.Count >= 10, "a sample of protected routes");
        return routes;
    }

    private async Task RevokeAsync(string revocation, string email, HttpClient bearer, BrowserSession browser)
    {
        switch (revocation)
        {
            case "logout":
                using (var apiLogout = await bearer.PostAsync("/api/v1/auth/logout", null, Ct)) Assert.True(apiLogout.IsSuccessStatusCode);
                using (var pageLogout = await browser.PostFormAsync("/inbox", "/account/logout", [])) Assert.Equal(HttpStatusCode.Redirect, pageLogout.StatusCode);
                break;
            case "lock":
                await ChangeAsync(email, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
                break;
            default:
                await ChangeAsync(email, (users, user) => users.RemoveFromRoleAsync(user, Roles.Official));
                break;
        }
    }

    private async Task ChangeAsync(string email, Func<UserManager<PlatformUser>, PlatformUser, Task<IdentityResult>> change)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        Assert.True((await change(users, (await users.FindByEmailAsync(email))!)).Succeeded);
    }
}

public sealed class SqliteRevocationSweepTests(SqliteUncachedSessionsApp app) : RevocationSweepTests(app), IClassFixture<SqliteUncachedSessionsApp>;

public sealed class PostgresRevocationSweepTests(PostgresUncachedSessionsApp app) : RevocationSweepTests(app), IClassFixture<PostgresUncachedSessionsApp>;
