namespace Yiwang.E2E.Crawl;

/// <summary>The findings the crawl still tolerates (Crawl/known-findings.txt, one <see cref="CrawlFinding.Key"/> a line).</summary>
internal static class KnownFindings
{
    private static readonly Lazy<string[]> Lines = new(() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Crawl", "known-findings.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray());

    public static HashSet<string> For(string role) =>
        Lines.Value.Where(l => l.StartsWith(role + "|", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
}
