using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E.Crawl;

/// <summary>
/// Every page reachable from the home page, as a visitor and as every demo role, at 1366 px and 390 px: no 5xx, no dead
/// link and no link to 无权访问, nothing wider than a phone, no code identifiers or internal words on non-admin zh-CN
/// pages, and no serious or critical axe-core violation. One class per role so the roles crawl in parallel; each test
/// lists every finding at once. Each role's workbench is saved as a screenshot (CI keeps them under artifacts/).
/// </summary>
public abstract class SiteCrawlTests(YiwangSite site, string role, string? email) : BrowserTest(site)
{
    [Fact]
    public async Task Every_reachable_page_passes_the_page_checks_at_both_widths()
    {
        var findings = new List<CrawlFinding>();
        var visited = 0;
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await NewPageAsync();
            await page.SetViewportSizeAsync(width, 900);
            if (email is not null) await LoginAsync(page, email, SeededAccounts.Password);
            await page.GotoAsync("/");
            await ScreenshotAsync(page, $"workbench-{role}-{width}");
            var crawler = new SiteCrawler(page, Site.BaseAddress, role, width);
            await crawler.RunAsync(checkAccessibility: true);
            findings.AddRange(crawler.Findings);
            visited += crawler.Visited.Count;
            TestContext.Current.TestOutputHelper?.WriteLine($"{role} @{width}px: {crawler.Visited.Count} pages: {string.Join(" ", crawler.Visited.Select(u => u.PathAndQuery))}");
        }

        Assert.True(visited >= 6, $"the crawl as {role} reached only {visited} pages");
        foreach (var f in findings) TestContext.Current.TestOutputHelper?.WriteLine($"{f}\n  key: {f.Key}");

        // A ratchet while the pages are converted: findings already known may remain and a new one fails. A known one that
        // is gone is reported (strike it from the list); it does not fail the run, as a few depend on the order the crawl
        // meets pages in. The list ends empty.
        var known = KnownFindings.For(role);
        var keys = findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var unexpected = findings.Where(f => !known.Contains(f.Key)).ToList();
        var fixedNow = known.Where(k => !keys.Contains(k)).ToList();
        // The same lists as files beside the screenshots (CI artifacts): what this role still finds, and what to strike.
        Directory.CreateDirectory(Screenshots.Directory);
        await File.WriteAllLinesAsync(Path.Combine(Screenshots.Directory, $"crawl-{role}-findings.txt"), findings.Select(f => $"{f}\n  key: {f.Key}"), TestContext.Current.CancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(Screenshots.Directory, $"crawl-{role}-fixed.txt"), fixedNow, TestContext.Current.CancellationToken);
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} new finding(s):\n" + string.Join('\n', unexpected));
        if (fixedNow.Count > 0)
            TestContext.Current.TestOutputHelper?.WriteLine("fixed — strike from Crawl/known-findings.txt:\n" + string.Join('\n', fixedNow));
    }
}

public sealed class VisitorCrawlTests(YiwangSite site) : SiteCrawlTests(site, "visitor", null);

public sealed class EnterpriseCrawlTests(YiwangSite site) : SiteCrawlTests(site, "enterprise", SeededAccounts.Enterprise);

public sealed class RespondentCrawlTests(YiwangSite site) : SiteCrawlTests(site, "respondent", SeededAccounts.Respondent);

public sealed class CountyOfficialCrawlTests(YiwangSite site) : SiteCrawlTests(site, "county-official", SeededAccounts.OfficialXihu);

public sealed class DepartmentHeadCrawlTests(YiwangSite site) : SiteCrawlTests(site, "department-head", SeededAccounts.HeadXihu);

public sealed class ProvinceOfficialCrawlTests(YiwangSite site) : SiteCrawlTests(site, "province-official", SeededAccounts.OfficialZhejiang);

public sealed class NationalOfficialCrawlTests(YiwangSite site) : SiteCrawlTests(site, "national-official", SeededAccounts.OfficialNational);

public sealed class AdminCrawlTests(YiwangSite site) : SiteCrawlTests(site, "admin", SeededAccounts.Admin);
