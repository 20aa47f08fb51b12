using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>Issue 14: demo data only when asked (never in Production), one key ring per deployment, HSTS in Production.</summary>
public sealed class HostStartupTests
{
    /// <summary>A key-encryption secret for hosts that must not fall back to a local key file.</summary>
    internal const string TestKeySecret = "dGVzdC1vbmx5LWtleS1lbmNyeXB0aW9uLXNlY3JldCE=";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutDemoSeed_AnSqliteHostHasNoDemoAccounts()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var factory = new YiwangAppFactory(database).WithWebHostBuilder(b => b.UseSetting("Demo:Seed", null));
        using var client = factory.CreateClient();

        using var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = SeededAccounts.Admin, password = SeededAccounts.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(SeededAccounts.Admin));
    }

    [Fact]
    public async Task DemoSeed_InProduction_RefusesToStart()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var factory = new YiwangAppFactory(database, new Dictionary<string, string> { ["DataProtection:KeyEncryptionKey"] = TestKeySecret })
            .WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Demo:Seed", failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithoutAnAuditChainKey_RefusesToStart()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var factory = new YiwangAppFactory(database, new Dictionary<string, string> { ["DataProtection:KeyEncryptionKey"] = TestKeySecret })
            .WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Demo:Seed", "false"));

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Audit:ChainKey", failure.GetBaseException().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_SendsHsts_OverHttps()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var factory = new YiwangAppFactory(database, new Dictionary<string, string>
            {
                ["DataProtection:KeyEncryptionKey"] = TestKeySecret, ["Security:RequireHttps"] = "true", ["Audit:ChainKey"] = TestKeySecret + "-audit",
            })
            .WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Demo:Seed", "false"));
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://yiwang.example/") });

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    /// <summary>Each deployment's tokens are its own: host B neither decrypts host A's token nor knows its account.</summary>
    [Fact]
    public async Task ATokenMintedByOneHost_IsRejectedByAnother()
    {
        await using var databaseA = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var databaseB = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite, Ct);
        await using var hostA = new YiwangAppFactory(databaseA);
        await using var hostB = new YiwangAppFactory(databaseB);
        using var clientA = hostA.CreateClient();
        using var tokenResponse = await clientA.PostAsJsonAsync("/api/v1/auth/token", new { email = SeededAccounts.Admin, password = SeededAccounts.Password }, Ct);
        var token = await IssuedTokens.ReadAsync(tokenResponse);
        clientA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using (var own = await clientA.GetAsync("/api/v1/inbox", Ct)) Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        using var clientB = hostB.CreateClient();
        clientB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var foreign = await clientB.GetAsync("/api/v1/inbox", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
    }
}
