namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>One industry row of a rule set (e.g. 工业) with its indicators and tier bounds.</summary>
internal sealed record SizeRuleRow(
    int Index,
    string Id,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    IReadOnlyList<string> IncludeCodes,
    IReadOnlyList<string> ExcludeCodes,
    SizeIndicator Indicators,
    TierCombinator Combinator,
    TierBounds Large,
    TierBounds Medium,
    TierBounds Small)
{
    public bool Uses(SizeIndicator indicator) => (Indicators & indicator) != 0;

    public TierBounds Bounds(EnterpriseSize tier) => tier switch
    {
        EnterpriseSize.Large => Large,
        EnterpriseSize.Medium => Medium,
        _ => Small,
    };
}

/// <summary>Codes a rule set deliberately leaves out (金融业, 教育, 铁路运输…), with the reason to show.</summary>
internal sealed record NotCoveredEntry(IReadOnlyList<string> Codes, string NameZh, string NameEn, string ReasonZh, string ReasonEn);

internal sealed record RuleSetSource(string? Url, string? Confidence, string Note);

internal sealed record IndicatorDefinition(SizeIndicator Indicator, string Zh, string En, string? Confidence);
