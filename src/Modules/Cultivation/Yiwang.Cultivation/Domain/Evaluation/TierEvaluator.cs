using System.Text.Json;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// Applies one tier of one rule set: eligible when every basic condition is met and, where the tier has a score or
/// direct conditions, the score reaches the pass mark (with any category minimums) or one direct condition holds.
/// </summary>
internal static class TierEvaluator
{
    private static readonly JsonSerializerOptions JsonNames = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static TierEvaluation Evaluate(CultivationRuleSet ruleSet, TierRules tier, EnterpriseFacts facts, DateOnly evaluationDate, string chosenBy)
    {
        var inclusive = ruleSet.BandBoundary.Inclusive;
        var basics = tier.BasicConditions.Select(c => ConditionEvaluator.Evaluate(c, facts)).ToList();
        var directs = tier.DirectConditions.Select(c => ConditionEvaluator.Evaluate(c, facts)).ToList();
        var score = tier.Scoring is { } scoring ? ScoreEvaluator.Evaluate(scoring, facts, inclusive) : null;
        var basicsMet = basics.All(b => b.Outcome == Outcome.Met);
        var direct = directs.FirstOrDefault(d => d.Outcome == Outcome.Met);
        var scorePassed = score?.Passed ?? false;
        var qualifies = score is null && tier.DirectConditions.Count == 0 || scorePassed || direct is not null;
        var eligible = basicsMet && qualifies;

        var gaps = tier.BasicConditions.Zip(basics).SelectMany(p => GapFinder.ForCondition(p.Second, p.First)).ToList();
        if (!qualifies && score is not null) gaps.AddRange(GapFinder.ForScore(tier.Scoring!, score, facts, inclusive));

        var missingMetrics = basics.SelectMany(b => b.Tests).Where(t => t.Outcome == Outcome.MissingData).Select(t => t.Metric)
            .Concat(score?.Indicators.Where(i => i.MissingData).Select(i => i.Metric) ?? []).ToList();
        // Serialising the facts to find the reported names is the dearest step of a batch row, so only when something is missing.
        var reported = missingMetrics.Count == 0 ? [] : ReportedFacts(facts);
        var missing = missingMetrics.SelectMany(m => MetricCatalog.Get(m).FactNames).Distinct().Where(f => !reported.Contains(f)).Order(StringComparer.Ordinal).ToList();

        return new TierEvaluation(ruleSet.Id, new(ruleSet.NameZh, ruleSet.NameEn), new(ruleSet.DocumentZh, ruleSet.DocumentEn), chosenBy, evaluationDate,
            tier.Id, new(tier.NameZh, tier.NameEn), new(tier.AnnexZh, tier.AnnexEn), eligible,
            Verdict(ruleSet, tier, eligible, basics, score, scorePassed ? null : direct, missing.Count),
            basics, score, directs, scorePassed ? null : direct?.Id, gaps, missing, Notes(ruleSet, tier));
    }

    // The JSON names of the facts that carry a value; the same names the API and the CSV columns use.
    private static HashSet<string> ReportedFacts(EnterpriseFacts facts) =>
        JsonSerializer.SerializeToElement(facts, JsonNames).EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static Bilingual Verdict(CultivationRuleSet set, TierRules tier, bool eligible, List<ConditionResult> basics, ScoreResult? score, ConditionResult? direct, int missing)
    {
        var zh = new List<string> { $"{(eligible ? "符合" : "不符合")}{tier.NameZh}条件（{set.DocumentZh}）" };
        var en = new List<string> { $"{(eligible ? "Meets" : "Does not meet")} the {tier.NameEn} criteria ({set.DocumentEn})" };
        var unmet = basics.Count(b => b.Outcome != Outcome.Met);
        if (basics.Count > 0)
        {
            zh.Add(unmet == 0 ? "基本条件全部满足" : $"{unmet} 项基本条件未满足");
            en.Add(unmet == 0 ? "all basic conditions met" : $"{unmet} basic condition(s) not met");
        }

        if (score is not null)
        {
            zh.Add($"评价得分 {ValueText.Number(score.Total)} 分（及格 {ValueText.Number(score.PassMark)} 分）");
            en.Add($"score {ValueText.Number(score.Total)} (pass mark {ValueText.Number(score.PassMark)})");
        }

        if (direct is not null)
        {
            zh.Add($"适用直通条件 {direct.Id}：{direct.Name.Zh}");
            en.Add($"direct condition {direct.Id} applies: {direct.Name.En}");
        }

        if (missing > 0)
        {
            zh.Add($"缺少 {missing} 项数据");
            en.Add($"{missing} fact(s) missing");
        }

        return new(string.Join("；", zh) + "。", string.Join("; ", en) + ".");
    }

    private static List<Bilingual> Notes(CultivationRuleSet set, TierRules tier)
    {
        var notes = new List<Bilingual> { new(set.BandBoundary.NoteZh, set.BandBoundary.NoteEn) };
        if (tier.NoteZh is not null && tier.NoteEn is not null) notes.Add(new(tier.NoteZh, tier.NoteEn));
        if (tier.Scoring?.NoteZh is { } zh && tier.Scoring.NoteEn is { } en) notes.Add(new(zh, en));
        if (tier.Confidence != "official")
        {
            notes.Add(new($"本层级标准的来源可信度为 {tier.Confidence}，请以官方原文为准。", $"This tier's standard has confidence '{tier.Confidence}'; the official text prevails."));
        }

        return notes;
    }
}
