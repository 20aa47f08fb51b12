using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Yiwang.E2E.Crawl;

/// <summary>What the crawl checks on every page it opens.</summary>
internal static class PageChecks
{
    /// <summary>Pages that show identifiers by nature: the API reference documents them; admin pages may show sources.</summary>
    public static bool ShowsIdentifiersByDesign(Uri url) =>
        url.AbsolutePath.StartsWith("/admin", StringComparison.Ordinal) || url.AbsolutePath.StartsWith("/design", StringComparison.Ordinal)
        || url.AbsolutePath.StartsWith("/api-reference", StringComparison.Ordinal);

    public static async Task<int> HorizontalOverflowAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    public static async Task<IReadOnlyList<string>> IdentifiersAsync(IPage page) =>
        // A section marked data-admin-only (provenance, confidence, solver details) is rendered for administrators only
        // and may name sources and codes; the rest of the page is held to the rule.
        IdentifierText.Find(await page.EvaluateAsync<string>(
            "() => { const admin = [...document.querySelectorAll('[data-admin-only]')]; admin.forEach(e => e.style.display = 'none'); " +
            "const text = document.body.innerText; admin.forEach(e => e.style.removeProperty('display')); return text; }"));

    /// <summary>axe-core violations of impact serious or critical, one line each with the first offending element.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Id} ({v.Impact}): {v.Help} — {v.Nodes.Length} element(s), e.g. {v.Nodes.FirstOrDefault()?.Target}")
            .ToList();
    }

    /// <summary>The role was sent to 无权访问 (a redirect to /account/denied, or a 403).</summary>
    public static bool IsDenied(IPage page, IResponse? response) =>
        new Uri(page.Url).AbsolutePath.Equals("/account/denied", StringComparison.OrdinalIgnoreCase) || response?.Status == 403;
}
