namespace Yiwang.E2E.Crawl;

/// <summary>One thing wrong on one page, for one role at one width.</summary>
internal sealed record CrawlFinding(string Role, int Width, string Url, string From, string Problem)
{
    public override string ToString() => $"[{Role} @{Width}px] {Url} (linked from {From}): {Problem}";
}
