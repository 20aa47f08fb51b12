using Microsoft.Playwright;

namespace Yiwang.E2E.Crawl;

/// <summary>
/// Follows every same-site link reachable from the home page (breadth first, each route shape at most twice) as one
/// signed-in role, and checks each page at one width. Downloads, the API, the language switch and sign-out are not
/// followed: they are not pages.
/// </summary>
internal sealed class SiteCrawler(IPage page, Uri baseAddress, string role, int width, int maxPages = 90)
{
    private static readonly string[] NotPages =
    [
        "/api/", "/openapi/", "/culture/", "/account/logout", "/error/", "/_content/", "/_framework/", "/2/", "/health",
    ];

    private static readonly string[] DownloadMarks = [".xlsx", ".csv", ".json", ".pdf", "format=", "/export", "/pact"];

    public List<CrawlFinding> Findings { get; } = [];

    public List<Uri> Visited { get; } = [];

    public async Task RunAsync(bool checkAccessibility)
    {
        var queue = new Queue<(Uri Url, string From)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perPattern = new Dictionary<string, int>(StringComparer.Ordinal);
        queue.Enqueue((new Uri(baseAddress, "/"), "(start)"));
        seen.Add("/");
        while (queue.Count > 0 && Visited.Count < maxPages)
        {
            var (url, from) = queue.Dequeue();
            var pattern = RoutePattern.Of(url);
            perPattern[pattern] = perPattern.GetValueOrDefault(pattern) + 1;
            if (perPattern[pattern] > 2) continue;
            Visited.Add(url);
            foreach (var link in await VisitAsync(url, from, checkAccessibility && perPattern[pattern] == 1))
            {
                if (seen.Add(link.PathAndQuery)) queue.Enqueue((link, url.PathAndQuery));
            }
        }
    }

    private async Task<IReadOnlyList<Uri>> VisitAsync(Uri url, string from, bool checkAccessibility)
    {
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        catch (PlaywrightException ex)
        {
            Report(url, from, $"did not load: {ex.Message.Split('\n')[0]}");
            return [];
        }

        await SettledAsync();
        var status = response?.Status ?? 0;
        if (status >= 500) Report(url, from, $"HTTP {status}");
        else if (PageChecks.IsDenied(page, response)) { Report(url, from, "leads this role to 无权访问 (access denied)"); return []; }
        else if (status is 404 or 400) { Report(url, from, $"dead link (HTTP {status})"); return []; }

        if (width <= 400 && await PageChecks.HorizontalOverflowAsync(page) is var overflow and > 1)
            Report(url, from, $"scrolls sideways by {overflow} px at {width} px");
        if (width > 400 && !PageChecks.ShowsIdentifiersByDesign(url) && await PageChecks.IdentifiersAsync(page) is { Count: > 0 } words)
            Report(url, from, "shows code identifiers or internal words: " + string.Join(", ", words.Take(12)));
        if (checkAccessibility)
            foreach (var violation in await PageChecks.AccessibilityAsync(page)) Report(url, from, violation);

        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]:not([download])", "els => els.map(e => e.href)");
        return hrefs.Select(h => Uri.TryCreate(h, UriKind.Absolute, out var u) ? u : null)
            .Where(u => u is not null && u.Host == baseAddress.Host && u.Port == baseAddress.Port && IsPage(u))
            .Select(u => new Uri(u!.GetLeftPart(UriPartial.Query)))
            .ToList();
    }

    /// <summary>Fonts loaded and every chart drawn, so widths are measured on the page people see.</summary>
    private async Task SettledAsync()
    {
        try
        {
            await page.WaitForFunctionAsync(
                "() => document.fonts.status === 'loaded' && [...document.querySelectorAll('[data-yw-chart]')].every(c => c.classList.contains('is-drawn'))",
                null, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            // a chart that never draws leaves its table open: still a page to check
        }
    }

    private static bool IsPage(Uri url)
    {
        var path = url.PathAndQuery;
        return !NotPages.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase))
               && !DownloadMarks.Any(m => path.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private void Report(Uri url, string from, string problem) => Findings.Add(new CrawlFinding(role, width, url.PathAndQuery, from, problem));
}
