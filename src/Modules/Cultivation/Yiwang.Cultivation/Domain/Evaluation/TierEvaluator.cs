using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;
using R = Yiwang.Rules.Evaluation;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// Applies one tier of one rule set through the rules engine (<see cref="R.CompiledTarget.Explain"/>) and words the
/// answer as the cultivation API always has: every basic condition, the score, the direct conditions, the gaps.
/// </summary>
internal static class TierEvaluator
{
    public static TierEvaluation Evaluate(CultivationRuleSet ruleSet, Target tier, EnterpriseFacts facts, DateOnly evaluationDate, string chosenBy) =>
        Evaluate(ruleSet, tier, CultivationFacts.From(facts).Facts, evaluationDate, chosenBy);

    public static TierEvaluation Evaluate(CultivationRuleSet ruleSet, Target tier, FactValues facts, DateOnly evaluationDate, string chosenBy)
    {
        var target = ruleSet.Compiled.Find(tier.Id) ?? throw new ArgumentException($"Rule set {ruleSet.Id} has no tier '{tier.Id}'", nameof(tier));
        var e = target.Explain(facts);
        return new TierEvaluation(ruleSet.Id, new(ruleSet.NameZh, ruleSet.NameEn), new(ruleSet.DocumentZh, ruleSet.DocumentEn), chosenBy, evaluationDate,
            tier.Id, tier.Name, tier.Citation, e.Eligible, e.Outcome, e.Verdict, e.BasicConditions.Select(Condition).ToList(), Score(e.Score),
            e.DirectConditions.Select(Condition).ToList(), e.AppliedDirectCondition, e.Gaps.Select(Gap).ToList(), e.MissingFacts, Notes(e, tier));
    }

    private static ConditionResult Condition(R.ConditionResult c) =>
        new(c.Id, c.Name, c.Citation, c.Confidence, c.Outcome,
            c.Tests.Select(t => new TestResult(t.Fact, t.FactName, t.Value, t.Op, t.Threshold, t.Outcome, t.Text)).ToList(), c.Explanation);

    private static ScoreResult? Score(R.ScoreResult? s) => s is null ? null
        : new(s.Total, s.PassMark, s.PassMarkConfidence, s.Passed,
            s.Categories,
            s.Indicators.Select(i => new IndicatorScore(i.Id, i.Category, i.Name, i.Citation, i.Confidence, i.Points, i.MaxPoints, i.Fact, i.Value, i.Missing, i.Explanation)).ToList(),
            s.Explanation, s.Outcome, s.Potential);

    private static Gap Gap(R.Gap g) => new(g.Kind, g.RuleId, g.Fact, g.Current, g.Op, g.Target, g.PointsGained, g.Text);

    // The engine's notes (band boundary, tier and scoring notes) and a warning when the tier's standard is not official.
    private static List<Bilingual> Notes(R.TargetEvaluation e, Target tier)
    {
        var notes = e.Notes.ToList();
        if (tier.Confidence != "official")
        {
            notes.Add(new($"本层级标准的来源可信度为 {tier.Confidence}，请以官方原文为准。", $"This tier's standard has confidence '{tier.Confidence}'; the official text prevails."));
        }

        return notes;
    }
}
