namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// A validated, immutable size-classification rule set (one legal instrument or draft), with a pre-built
/// industry-code lookup table. Build one with <see cref="SizeRuleSetLoader"/> or get it from <see cref="SizeRuleSetCatalog"/>.
/// </summary>
internal sealed class SizeRuleSet
{
    internal SizeRuleSet(
        string id,
        string nameZh,
        string nameEn,
        string legalBasisZh,
        string legalBasisEn,
        RuleSetProfile profile,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        IReadOnlyList<RuleSetSource> sources,
        string combinationNoteZh,
        string combinationNoteEn,
        IReadOnlyList<IndicatorDefinition> indicatorDefinitions,
        IReadOnlyList<NotCoveredEntry> notCovered,
        IReadOnlyList<SizeRuleRow> rows,
        IndustryRowLookup lookup)
    {
        Id = id;
        NameZh = nameZh;
        NameEn = nameEn;
        LegalBasisZh = legalBasisZh;
        LegalBasisEn = legalBasisEn;
        Profile = profile;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Sources = sources;
        CombinationNoteZh = combinationNoteZh;
        CombinationNoteEn = combinationNoteEn;
        IndicatorDefinitions = indicatorDefinitions;
        NotCovered = notCovered;
        Rows = rows;
        Lookup = lookup;
        Bounds = new RowBoundsTable(rows);
        Reasons = new ReasonTable(this);
    }

    public string Id { get; }
    public string NameZh { get; }
    public string NameEn { get; }
    public string LegalBasisZh { get; }
    public string LegalBasisEn { get; }
    public RuleSetProfile Profile { get; }
    public DateOnly EffectiveFrom { get; }
    public DateOnly? EffectiveTo { get; }
    public IReadOnlyList<RuleSetSource> Sources { get; }
    public string CombinationNoteZh { get; }
    public string CombinationNoteEn { get; }
    public IReadOnlyList<IndicatorDefinition> IndicatorDefinitions { get; }
    public IReadOnlyList<NotCoveredEntry> NotCovered { get; }
    public IReadOnlyList<SizeRuleRow> Rows { get; }
    internal IndustryRowLookup Lookup { get; }

    internal RowBoundsTable Bounds { get; }

    /// <summary>Pre-built short reasons for the batch fast path (no string building per row).</summary>
    internal ReasonTable Reasons { get; }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date < EffectiveTo);

    public SizeRuleRow? FindRow(string rowId) => Rows.FirstOrDefault(r => r.Id == rowId);

    public override string ToString() => Id;
}
