using System.Text.RegularExpressions;

namespace Yiwang.E2E.Crawl;

/// <summary>
/// Text a person should never read on a non-admin page: code identifiers (camelCase, PascalCase, snake_case), enum
/// member names, internal words (unconfirmed, secondary, exception), file names and stack frames. Proper names that
/// happen to look like identifiers are allowed explicitly, each for a reason.
/// </summary>
internal static partial class IdentifierText
{
    /// <summary>Product and standard names people write this way.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "OpenAPI", "PostgreSQL", "JavaScript", "ECharts", "GitHub", "WeChat", "iOS", "macOS", "PowerShell", "LibreOffice",
        "MiniExcel", "PubMed", "eBay", "iPhone", "SiO", "CaCO", "CO2e", "kgCO2e", "tCO2e", "MWh", "GWh", "kWh", "TWh", "PFLOPS", "EFLOPS",
        "RedCap", "HarmonyOS",
    };

    public static IReadOnlyList<string> Find(string visibleText)
    {
        var hits = new List<string>();
        foreach (Match m in Identifier().Matches(visibleText))
            if (!Allowed.Contains(m.Value)) hits.Add(m.Value);
        foreach (Match m in Internal().Matches(visibleText)) hits.Add(m.Value);
        return hits.Distinct(StringComparer.Ordinal).ToList();
    }

    // camelCase (yearsInNicheMarket), PascalCase with two humps (PartlyPaid, LargeEnterprise), snake_case (uscc_code).
    [GeneratedRegex(@"\b(?:[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+|[a-z]+(?:_[a-z0-9]+)+)\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\b(?:unconfirmed|secondary|Exception|NullReference|StackTrace|TODO)\b|\b[\w-]+\.(?:json|cs|md|razor|dll|csv|py)\b|\bat Yiwang\.[\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex Internal();
}
