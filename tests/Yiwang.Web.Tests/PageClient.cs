using System.Text.RegularExpressions;
using Yiwang.Testing;

namespace Yiwang.Web.Tests;

/// <summary>Signs in through the login form (antiforgery token and all), as a browser would, and keeps the cookie.</summary>
internal static partial class PageClient
{
    public static async Task<HttpClient> SignedInAsync(YiwangApp app, string email)
    {
        var client = app.CreateClient();
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        using var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = SeededAccounts.Password, ["ReturnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{path} carries an antiforgery token");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
