using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>The answer of <c>POST /api/v1/auth/token</c> (or <c>/refresh</c>) and a client that sends its access token.</summary>
internal sealed record IssuedTokens(string AccessToken, string? RefreshToken, int ExpiresIn)
{
    public static async Task<IssuedTokens> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"tokens issued ({(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)})");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return new(json.GetProperty("accessToken").GetString()!,
            json.TryGetProperty("refreshToken", out var refresh) ? refresh.GetString() : null,
            json.GetProperty("expiresIn").GetInt32());
    }

    public static async Task<IssuedTokens> ForAsync(YiwangApp app, string email, string password = SeededAccounts.Password)
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password }, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public HttpClient Client(YiwangApp app)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        return client;
    }
}
