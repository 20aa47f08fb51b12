using Yiwang.Kernel.Text;
using Outcome = Yiwang.Rules.Evaluation.Outcome;

namespace Yiwang.Cultivation.Domain.Evaluation;

// The API's answer (docs/user-guide/cultivation-evaluate.md): the engine's TargetEvaluation in the names this API has
// always used (tier, annex, metric). Outcome is MissingData when a missing fact decides the tier; eligible is then false.

/// <summary>The full explained answer for one enterprise, one tier, one rule set.</summary>
internal sealed record TierEvaluation(
    string RuleSetId,
    Bilingual RuleSetName,
    Bilingual Document,
    string RuleSetChosenBy,
    DateOnly EvaluationDate,
    string Tier,
    Bilingual TierName,
    Bilingual Annex,
    bool Eligible,
    Outcome Outcome,
    Bilingual Verdict,
    IReadOnlyList<ConditionResult> BasicConditions,
    ScoreResult? Score,
    IReadOnlyList<ConditionResult> DirectConditions,
    string? AppliedDirectCondition,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Bilingual> Notes);

internal sealed record ConditionResult(
    string Id, Bilingual Name, Bilingual Citation, string Confidence, Outcome Outcome, IReadOnlyList<TestResult> Tests, Bilingual Explanation);

internal sealed record TestResult(string Metric, Bilingual MetricName, decimal? Value, string Op, decimal? Threshold, Outcome Outcome, Bilingual Text);

internal sealed record ScoreResult(
    decimal Total,
    decimal PassMark,
    string PassMarkConfidence,
    bool Passed,
    IReadOnlyList<Yiwang.Rules.Evaluation.CategoryScore> Categories,
    IReadOnlyList<IndicatorScore> Indicators,
    Bilingual Explanation,
    Outcome Outcome,
    decimal Potential);

internal sealed record IndicatorScore(
    string Id,
    string Category,
    Bilingual Name,
    Bilingual Citation,
    string Confidence,
    decimal Points,
    decimal MaxPoints,
    string Metric,
    decimal? Value,
    bool MissingData,
    Bilingual Explanation);

/// <summary>One change that moves the enterprise toward the tier: kind is condition, category or score.</summary>
internal sealed record Gap(string Kind, string RuleId, string Metric, decimal? Current, string Op, decimal? Target, decimal? PointsGained, Bilingual Text);
