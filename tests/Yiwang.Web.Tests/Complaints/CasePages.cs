using System.Net;
using System.Text.RegularExpressions;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>The complaint pages as a browser posts them: a named form with the antiforgery token; the version a page shows.</summary>
internal static partial class CasePages
{
    public static async Task<(HttpStatusCode Status, string Html, string Path)> PostAsync(HttpClient client, string path, string form, Dictionary<string, string> fields)
    {
        var ct = TestContext.Current.CancellationToken;
        var token = await PageClient.AntiforgeryTokenAsync(client, path);
        var body = new Dictionary<string, string>(fields) { ["_handler"] = form, ["__RequestVerificationToken"] = token };
        using var response = await client.PostAsync(path, new FormUrlEncodedContent(body), ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct), response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    public static string VersionOf(string html) => VersionPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"expectedVersion\" value=\"([0-9]+)\"")]
    private static partial Regex VersionPattern();
}
