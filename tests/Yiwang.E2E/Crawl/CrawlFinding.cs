namespace Yiwang.E2E.Crawl;

/// <summary>One thing wrong on one page, for one role at one width.</summary>
internal sealed record CrawlFinding(string Role, int Width, string Url, string From, string Problem)
{
    /// <summary>
    /// The finding without what varies between runs (ids in the URL, element selectors, pixel counts), for the list of
    /// known findings: "enterprise|390|/complaints/{Id:long}|scrolls sideways".
    /// </summary>
    public string Key => $"{Role}|{Width}|{RoutePattern.Of(new Uri(new Uri("http://x"), Url))}|{Kind}";

    private string Kind => Problem.StartsWith("scrolls sideways", StringComparison.Ordinal) ? "scrolls sideways"
        : Problem.StartsWith("shows code identifiers", StringComparison.Ordinal) ? "shows code identifiers"
        : Problem.StartsWith("axe ", StringComparison.Ordinal) ? Problem.Split(' ')[1]
        : Problem;

    public override string ToString() => $"[{Role} @{Width}px] {Url} (linked from {From}): {Problem}";
}
