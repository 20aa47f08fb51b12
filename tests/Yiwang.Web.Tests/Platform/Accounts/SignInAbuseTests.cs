using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Access;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>A host whose requests say which address they come from, with a password hasher that counts its work.</summary>
public sealed class AddressedClientsApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    internal CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IStartupFilter, ClientAddresses>();
        services.AddSingleton<IPasswordHasher<PlatformUser>>(Hasher);
    }
}

/// <summary>Issue 14 "account enumeration and lockout abuse".</summary>
public sealed class SignInAbuseTests(AddressedClientsApp app) : IClassFixture<AddressedClientsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownAccount_CostsAPasswordCheck_LikeAKnownOne()
    {
        var known = await AccountAsync("hash-work");
        var before = app.Hasher.Verifications;
        using (var response = await TokenAsync("nobody.at.all@yiwang.test", "wrong-password-1", "10.0.0.1")) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before + 1, app.Hasher.Verifications);

        using (var response = await TokenAsync(known, "wrong-password-1", "10.0.0.1")) Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before + 2, app.Hasher.Verifications);
    }

    [Fact]
    public async Task UnknownWrongAndLocked_GetTheSameAnswer_OnTheApiAndTheForm()
    {
        var wrong = await AccountAsync("same-wrong");
        var locked = await AccountAsync("same-locked");
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.MaxValue);
        }

        var answers = new List<string>();
        foreach (var (email, password) in new[] { ("nobody.same@yiwang.test", SeededAccounts.Password), (wrong, "wrong-password-1"), (locked, SeededAccounts.Password) })
        {
            using var response = await TokenAsync(email, password, "10.0.0.2");
            answers.Add($"{(int)response.StatusCode} {(await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString()}");

            using var browser = new BrowserSession(app);
            using var form = await browser.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = "/" });
            answers.Add($"{(int)form.StatusCode} {form.Headers.Location}");
        }

        Assert.Single(answers.Where((_, i) => i % 2 == 0).Distinct());
        Assert.Single(answers.Where((_, i) => i % 2 == 1).Distinct());
    }

    [Fact]
    public async Task FailuresFromOneAddress_DoNotLockTheOwnerOutFromAnother()
    {
        var email = await AccountAsync("owner");
        for (var i = 0; i < 8; i++)
        {
            using var attempt = await TokenAsync(email, $"guess-{i}-password", "203.0.113.66");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        // The attacker's address is held back, even with the right password…
        using (var attacker = await TokenAsync(email, SeededAccounts.Password, "203.0.113.66")) Assert.Equal(HttpStatusCode.Unauthorized, attacker.StatusCode);
        // …while the owner, from home, signs in as usual.
        using var owner = await TokenAsync(email, SeededAccounts.Password, "198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
    }

    private async Task<HttpResponseMessage> TokenAsync(string email, string password, string address)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, Ct);
    }

    private async Task<string> AccountAsync(string purpose)
    {
        var email = $"abuse.{purpose}.{Guid.NewGuid():N}@yiwang.test";
        await IdentityAccounts.EnsureAsync(app, (email, Roles.Official, "330106", null));
        return email;
    }
}
