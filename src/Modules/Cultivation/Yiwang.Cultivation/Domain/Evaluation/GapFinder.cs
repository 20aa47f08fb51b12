using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// The smallest changes that would reach the tier: every unmet test of an all-condition, the nearest alternative of an
/// any-condition, and for a score below the mark band steps (one per indicator) taken until the mark is covered.
/// </summary>
internal static class GapFinder
{
    public static IEnumerable<Gap> ForCondition(ConditionResult result, Condition condition)
    {
        if (result.Outcome == Outcome.Met) yield break;
        if (condition.Groups is { Count: > 0 } groups)
        {
            // The group needing the fewest changes, then the nearest; its unmet tests are the gap.
            var group = groups.Select(g => g.Tests.Select(t => EvaluateAgain(t, result)).Where(t => t.Outcome != Outcome.Met).ToList())
                .OrderBy(g => g.Count).ThenBy(g => g.Sum(t => Math.Min(Distance(t), 1_000_000m))).First();
            foreach (var test in group) yield return ToGap(result.Id, test, new(string.Empty, string.Empty));
            yield break;
        }

        var unmet = result.Tests.Take(condition.Tests.Count).Where(t => t.Outcome != Outcome.Met).ToList();
        if (condition.Combine == "any")
        {
            var nearest = unmet.OrderBy(Distance).First();
            yield return ToGap(result.Id, nearest, AnyOptionSuffix);
            yield break;
        }

        foreach (var test in unmet) yield return ToGap(result.Id, test, new(string.Empty, string.Empty));
    }

    public static IEnumerable<Gap> ForScore(Scoring scoring, ScoreResult score, EnterpriseFacts facts, bool inclusive)
    {
        var options = scoring.Indicators.Where(i => i.Scoring == "bands")
            .SelectMany(i => Options(i, score.Indicators.First(s => s.Id == i.Id).Points, facts, inclusive)).ToList();
        var taken = new List<Step>();
        foreach (var category in score.Categories.Where(c => !c.MinimumMet))
        {
            Take(options.Where(o => o.Category == category.Id).ToList(), category.MinimumPoints!.Value - category.Points, taken);
        }

        Take(options, score.PassMark - score.Total - taken.Sum(s => s.Points), taken);
        return taken.Select(s => s.Gap);
    }

    // Greedy, one step per indicator: the nearest step that alone covers what is missing, else the step worth most.
    private static void Take(List<Step> options, decimal missing, List<Step> taken)
    {
        var open = options.Where(o => taken.All(t => t.Gap.RuleId != o.Gap.RuleId)).ToList();
        while (missing > 0 && open.Count > 0)
        {
            var covering = open.Where(o => o.Points >= missing).ToList();
            var step = covering.Count > 0
                ? covering.OrderBy(o => o.Distance).ThenBy(o => o.Points).First()
                : open.OrderByDescending(o => o.Points).ThenBy(o => o.Distance).First();
            taken.Add(step);
            missing -= step.Points;
            open.RemoveAll(o => o.Gap.RuleId == step.Gap.RuleId);
        }
    }

    private static IEnumerable<Step> Options(Indicator indicator, decimal points, EnterpriseFacts facts, bool inclusive)
    {
        foreach (var bands in indicator.Metrics)
        {
            var metric = MetricCatalog.Get(bands.Metric);
            var value = metric.Compute(facts);
            var index = BandLookup.IndexOf(bands, value, inclusive);
            for (var target = index - 1; target >= 0; target--)
            {
                var gained = bands.Bands[target].Points - points;
                if (gained <= 0) continue;
                var text = ScoreStepText(indicator, bands, metric, value, index, target, gained, inclusive);
                yield return new Step(indicator.Category, Distance(value, bands.Bands[target].Bound), gained,
                    new Gap("score", indicator.Id, metric.Id, value, BandLookup.OpFor(bands, inclusive), bands.Bands[target].Bound, gained, text));
            }
        }
    }

    // Finds a grouped test's result again (by metric, op and threshold) among the condition's flattened results.
    private static TestResult EvaluateAgain(Test test, ConditionResult result) =>
        result.Tests.First(t => t.Metric == test.Metric && t.Op == test.Op && t.Threshold == test.Value);

    private static Gap ToGap(string ruleId, TestResult test, Bilingual suffix)
    {
        var text = ConditionGapText(MetricCatalog.Get(test.Metric), test.Value, test.Op, test.Threshold, suffix);
        return new Gap("condition", ruleId, test.Metric, test.Value, test.Op, test.Threshold, null, text);
    }

    /// <summary>The suffix of the nearest alternative of an any-condition.</summary>
    public static readonly Bilingual AnyOptionSuffix = new(" （或满足该条件的其他任一项）", " (or any other option of this condition)");

    /// <summary>The text of a condition gap (shared with <see cref="LeanTierEvaluator"/>, which formats only the gaps it writes).</summary>
    public static Bilingual ConditionGapText(Metric metric, decimal? value, string op, decimal? threshold, Bilingual suffix) =>
        ConditionGapText(metric, value, ValueText.Requirement(metric, op, threshold), suffix);

    /// <summary>The same with the requirement already worded (it depends on the rule only, so the batch words it once).</summary>
    public static Bilingual ConditionGapText(Metric metric, decimal? value, Bilingual needed, Bilingual suffix)
    {
        var shown = ValueText.Value(metric, value);
        return new Bilingual($"{metric.Name.Zh} {shown.Zh} → 需 {needed.Zh}{suffix.Zh}", $"{metric.Name.En} {shown.En} → needs {needed.En}{suffix.En}");
    }

    /// <summary>The text of one band step of a score gap.</summary>
    public static Bilingual ScoreStepText(Indicator indicator, MetricBands bands, Metric metric, decimal? value, int index, int target, decimal gained, bool inclusive) =>
        ScoreStepText(indicator, metric, value, BandLookup.Label(bands, index, inclusive), BandLookup.Label(bands, target, inclusive), gained);

    /// <summary>The same with the band labels already worded.</summary>
    public static Bilingual ScoreStepText(Indicator indicator, Metric metric, decimal? value, Bilingual from, Bilingual to, decimal gained)
    {
        var shown = ValueText.Value(metric, value);
        var n = ValueText.Number(gained);
        return new Bilingual(
            $"{indicator.NameZh}：{metric.Name.Zh} {shown.Zh}（「{from.Zh}」）→ 需「{to.Zh}」，+{n} 分",
            $"{indicator.NameEn}: {metric.Name.En} {shown.En} (\"{from.En}\") → needs \"{to.En}\", +{n} points");
    }

    /// <summary>Relative distance, so 2.6% → 3% counts as nearer than 800万 → 1000万; an unreported figure is farthest.</summary>
    public static decimal Distance(decimal? value, decimal? target) =>
        value is { } v && target is { } t ? Math.Abs(t - v) / Math.Max(Math.Abs(t), 1) : decimal.MaxValue;

    private static decimal Distance(TestResult test) => Distance(test.Value, test.Op == "isTrue" ? 1 : test.Threshold);

    private sealed record Step(string Category, decimal Distance, decimal Points, Gap Gap);
}
