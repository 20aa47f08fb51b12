namespace Yiwang.Enterprises.Domain.SizeClassification;

// The on-disk shape of a rule-set file, documented in docs/user-guide/size-rule-sets.md, as read by RuleSetJsonReader
// (a field of the wrong type is null here, with its problem recorded). Kept apart from SizeRuleSet so the domain type is
// always validated and the file format can evolve.

internal sealed record RuleSetFile(
    int? FormatVersion,
    string? Id,
    string? NameZh,
    string? NameEn,
    string? LegalBasisZh,
    string? LegalBasisEn,
    string? Profile,
    string? EffectiveFrom,
    string? EffectiveTo,
    IReadOnlyList<SourceFile>? Sources,
    CombinationFile? Combination,
    IReadOnlyList<IndicatorDefinitionFile>? IndicatorDefinitions,
    IReadOnlyList<NotCoveredFile>? NotCovered,
    IReadOnlyList<RowFile>? Rows);

internal sealed record SourceFile(string Path, string? Url, string? Confidence, string? Note);

internal sealed record CombinationFile(string? Tiers, string? NoteZh, string? NoteEn);

internal sealed record IndicatorDefinitionFile(string Path, string? Indicator, string? Zh, string? En, string? Confidence);

internal sealed record NotCoveredFile(string Path, IReadOnlyList<string>? Codes, string? NameZh, string? NameEn, string? ReasonZh, string? ReasonEn);

/// <param name="Path">Where the row is in the file, with its id when it has one: <c>rows[1] (industry)</c>.</param>
internal sealed record RowFile(
    int Index,
    string Path,
    string? Id,
    string? NameZh,
    string? NameEn,
    string? CitationZh,
    string? CitationEn,
    string? NoteZh,
    string? NoteEn,
    CodesFile? IndustryCodes,
    IReadOnlyList<string>? Indicators,
    string? Tiers,
    ThresholdsFile? Thresholds);

internal sealed record CodesFile(IReadOnlyList<string>? Include, IReadOnlyList<string>? Exclude);

internal sealed record ThresholdsFile(
    Dictionary<string, decimal>? Large, Dictionary<string, decimal>? Medium, Dictionary<string, decimal>? Small);
