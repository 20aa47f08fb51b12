namespace Yiwang.Cultivation.Domain.RuleSets;

// The rule-set file shape, documented in docs/user-guide/cultivation-rule-sets.md. Unlike the size rule sets these
// records double as the domain model: the loader validates every field once, and a second copy of the same
// shape would only add mapping code. Confidence is one of official | secondary | unconfirmed | disputed, as on the
// reference sheets, so an admin can see which numbers still need checking against the official text.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.

internal sealed record CultivationRuleSet(
    int FormatVersion,
    string Id,
    string NameZh,
    string NameEn,
    string DocumentZh,
    string DocumentEn,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    BandBoundary BandBoundary,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<TierRules> Tiers,
    AnnualUpdateRule? AnnualUpdate = null)
{
    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public TierRules? FindTier(string id) => Tiers.FirstOrDefault(t => t.Id == id);
}

/// <summary>The yearly day by which recognised enterprises update their data on the 培育平台 (a day of the month).</summary>
internal sealed record AnnualUpdateRule(int Month, int Day, string Confidence, string NoteZh, string NoteEn)
{
    public DateOnly In(int year) => new(year, Month, Day);
}

/// <summary>Inclusive: a value on a band edge scores in the better band (以上/以下含本数).</summary>
internal sealed record BandBoundary(string Mode, string Confidence, string NoteZh, string NoteEn)
{
    public bool Inclusive => Mode == "inclusive";
}

internal sealed record SourceRef(string? Url, string Confidence, string Note);

internal sealed record TierRules(
    string Id,
    string NameZh,
    string NameEn,
    string AnnexZh,
    string AnnexEn,
    string Confidence,
    IReadOnlyList<Condition> BasicConditions,
    Scoring? Scoring,
    IReadOnlyList<Condition> DirectConditions,
    string? NoteZh = null,
    string? NoteEn = null);

/// <summary>
/// A condition holds when all (or any) of its tests hold, or with combine anyGroup when every test of one group holds
/// (63号 小巨人: the R&amp;D test depends on the revenue band). Any met waiver test makes it hold regardless.
/// </summary>
internal sealed record Condition(
    string Id,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    string Confidence,
    string Combine,
    IReadOnlyList<Test> Tests,
    string? NoteZh = null,
    string? NoteEn = null,
    IReadOnlyList<TestGroup>? Groups = null,
    IReadOnlyList<Test>? Waivers = null);

internal sealed record TestGroup(string LabelZh, string LabelEn, IReadOnlyList<Test> Tests);

/// <summary>One comparison: op is &gt;=, &gt;, &lt;=, &lt; or isTrue.</summary>
internal sealed record Test(string Metric, string Op, decimal? Value);

internal sealed record Scoring(
    decimal PassMark,
    string PassMarkConfidence,
    string CitationZh,
    string CitationEn,
    string? NoteZh,
    string? NoteEn,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Indicator> Indicators);

internal sealed record Category(string Id, string NameZh, string NameEn, decimal MaxPoints, decimal? MinimumPoints);

/// <summary>Points are the best over the indicator's metrics (e.g. R&amp;D by amount or by share); inputPoints takes the figure as points.</summary>
internal sealed record Indicator(
    string Id,
    string Category,
    string NameZh,
    string NameEn,
    string CitationZh,
    string CitationEn,
    string Confidence,
    decimal MaxPoints,
    string Scoring,
    IReadOnlyList<MetricBands> Metrics,
    string? NoteZh = null,
    string? NoteEn = null);

/// <summary>Bands best first; direction higher means bound is a minimum, lower a maximum; the last band has no bound.</summary>
internal sealed record MetricBands(string Metric, string Direction, IReadOnlyList<Band> Bands);

internal sealed record Band(decimal? Bound, decimal Points, string? LabelZh = null, string? LabelEn = null);
