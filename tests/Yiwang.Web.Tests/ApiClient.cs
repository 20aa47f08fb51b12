using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests;

/// <summary>Signs in through the real token endpoint, as an API client would.</summary>
internal static class ApiClient
{
    public static async Task<HttpClient> SignedInAsync(YiwangApp app, string email, string? culture = null)
    {
        var client = app.CreateClient();
        if (culture is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = SeededAccounts.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
