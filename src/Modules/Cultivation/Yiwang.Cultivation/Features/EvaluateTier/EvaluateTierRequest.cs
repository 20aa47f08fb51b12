using Yiwang.Cultivation.Domain;

namespace Yiwang.Cultivation.Features.EvaluateTier;

/// <summary>POST /api/v1/cultivation/evaluations; ruleSet and evaluationDate are optional (date defaults to today, CST).</summary>
internal sealed record EvaluateTierRequest(string? RuleSet, string? Tier, DateOnly? EvaluationDate, EnterpriseFacts? Facts);
