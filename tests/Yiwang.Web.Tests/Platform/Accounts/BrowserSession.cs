using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>
/// A browser's cookies kept by hand (no cookie container, no redirects followed), so a test can keep a copy of an old
/// session cookie and replay it after the session ended.
/// </summary>
internal sealed partial class BrowserSession(YiwangApp app, string origin = "http://localhost") : IDisposable
{
    private readonly HttpClient client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(origin),
    });

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public string CookieHeader => string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}"));

    public static async Task<BrowserSession> SignedInAsync(YiwangApp app, string email, string password = SeededAccounts.Password, string origin = "http://localhost")
    {
        var session = new BrowserSession(app, origin);
        using var response = await session.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = "/" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(session.Cookies.ContainsKey("yiwang.auth"), $"signed in as {email} (went to {response.Headers.Location})");
        return session;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0) request.Headers.Add("Cookie", CookieHeader);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var line in setCookies)
            {
                var pair = line.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) Cookies.Remove(name);
                else Cookies[name] = value;
            }
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Reads the antiforgery token from <paramref name="pagePath"/>, then posts the form with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(pagePath);
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) });
    }

    public async Task<string> TokenAsync(string pagePath)
    {
        using var page = await GetAsync(pagePath);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{pagePath} carries an antiforgery token ({(int)page.StatusCode})");
        return match.Groups[1].Value;
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
