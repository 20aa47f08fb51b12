using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>The full explained answer for one enterprise and one target of one rule set.</summary>
public sealed record TargetEvaluation(
    string RuleSetId,
    string TargetId,
    Outcome Outcome,
    Bilingual Verdict,
    IReadOnlyList<ConditionResult> BasicConditions,
    ScoreResult? Score,
    IReadOnlyList<ConditionResult> DirectConditions,
    string? AppliedDirectCondition,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Bilingual> Notes)
{
    public bool Eligible => Outcome == Outcome.Met;
}

/// <param name="Citation">The document and article the condition comes from.</param>
public sealed record ConditionResult(
    string Id, Bilingual Name, Bilingual Citation, string Confidence, Outcome Outcome, IReadOnlyList<Comparison> Tests, Bilingual Explanation);

/// <summary>One comparison as made: the fact's value (null when it has none, see <see cref="State"/>), the threshold, the outcome.</summary>
public sealed record Comparison(string Fact, Bilingual FactName, decimal? Value, FactState State, string Op, decimal? Threshold, Outcome Outcome, Bilingual Text);

/// <param name="Potential">What the score could reach if every missing fact were reported at its best.</param>
public sealed record ScoreResult(
    decimal Total,
    decimal Potential,
    decimal PassMark,
    string PassMarkConfidence,
    bool Passed,
    Outcome Outcome,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<IndicatorScore> Indicators,
    Bilingual Explanation);

public sealed record CategoryScore(string Id, Bilingual Name, decimal Points, decimal Potential, decimal MaxPoints, decimal? MinimumPoints, bool MinimumMet);

/// <param name="Fact">The measure that scored (the best of several).</param>
/// <param name="Missing">Every measure's fact is missing: no points, listed in the missing facts.</param>
public sealed record IndicatorScore(
    string Id,
    string Category,
    Bilingual Name,
    Bilingual Citation,
    string Confidence,
    decimal Points,
    decimal Potential,
    decimal MaxPoints,
    string Fact,
    decimal? Value,
    bool Missing,
    Bilingual Explanation);

/// <summary>One change that moves the enterprise toward the target: kind is condition or score.</summary>
public sealed record Gap(string Kind, string RuleId, string Fact, decimal? Current, string Op, decimal? Target, decimal? PointsGained, Bilingual Text);
