using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// <see cref="TierEvaluator"/> for batches: the same outcomes, points, unmet conditions, missing facts and gap order, but
/// texts only for the first gaps it returns. Building every explanation cost ~3/4 of a batch row (docs/performance.md,
/// issue 4); AllTiersAgreeTests keeps the two equal. Prepare one per tier and share it between threads (it holds no row state).
/// </summary>
internal sealed class LeanTierEvaluator
{
    private static readonly (string Name, Func<EnterpriseFacts, bool> Reported)[][] FactsOfMetric =
        MetricCatalog.All.Select(m => m.FactNames.Select(n => (n, FactPresence.For(n))).ToArray()).ToArray();

    private readonly TierRules tier;
    private readonly bool inclusive;
    private readonly PreparedCondition[] basics;
    private readonly PreparedCondition[] directs;
    private readonly PreparedScoring? scoring;

    public LeanTierEvaluator(CultivationRuleSet ruleSet, TierRules tier)
    {
        this.tier = tier;
        inclusive = ruleSet.BandBoundary.Inclusive;
        basics = tier.BasicConditions.Select(c => new PreparedCondition(c)).ToArray();
        directs = tier.DirectConditions.Select(c => new PreparedCondition(c)).ToArray();
        scoring = tier.Scoring is { } s ? new PreparedScoring(s, inclusive) : null;
    }

    public TierVerdict Evaluate(FactFigures figures, int topGaps)
    {
        List<string> unmet = [];
        List<int> missingMetrics = [];
        List<PendingGap> gaps = [];
        foreach (var condition in basics)
        {
            AddMissing(condition.Tests, figures, missingMetrics);
            AddMissing(condition.Waivers, figures, missingMetrics);

            if (condition.Evaluate(figures) == Outcome.Met) continue;
            unmet.Add(condition.Id);
            if (gaps.Count < topGaps) AddConditionGaps(condition, figures, gaps);
        }

        var score = scoring?.Evaluate(figures, inclusive);
        var scorePassed = score?.Passed ?? false;
        var direct = scorePassed ? null : FirstMet(directs, figures);
        var qualifies = score is null && directs.Length == 0 || scorePassed || direct is not null;
        if (!qualifies && score is not null && gaps.Count < topGaps) gaps.AddRange(scoring!.Gaps(score, figures, inclusive));
        if (score is not null) missingMetrics.AddRange(score.MissingMetrics);

        return new TierVerdict(tier.Id, unmet.Count == 0 && qualifies, score?.Total, score is null ? null : scoring!.Source.PassMark, direct?.Id,
            unmet, MissingFacts(missingMetrics, figures.Facts), Texts(gaps, topGaps));
    }

    private static PreparedCondition? FirstMet(PreparedCondition[] conditions, FactFigures figures)
    {
        foreach (var condition in conditions)
        {
            if (condition.Evaluate(figures) == Outcome.Met) return condition;
        }

        return null;
    }

    private static Bilingual[] Texts(List<PendingGap> gaps, int top)
    {
        var texts = new Bilingual[Math.Min(top, gaps.Count)];
        for (var i = 0; i < texts.Length; i++) texts[i] = gaps[i].Text;
        return texts;
    }

    private static void AddMissing(PreparedTest[] tests, FactFigures figures, List<int> missingMetrics)
    {
        foreach (var test in tests)
        {
            if (test.Evaluate(figures) == Outcome.MissingData) missingMetrics.Add(test.Ordinal);
        }
    }

    private static List<string> MissingFacts(List<int> metrics, EnterpriseFacts facts)
    {
        List<string> missing = [];
        foreach (var metric in metrics)
        {
            foreach (var (name, reported) in FactsOfMetric[metric])
            {
                if (!reported(facts) && !missing.Contains(name)) missing.Add(name);
            }
        }

        missing.Sort(StringComparer.Ordinal);
        return missing;
    }

    // As GapFinder.ForCondition: the group needing the fewest (then nearest) changes, the nearest option of an
    // any-condition, or every unmet test of an all-condition.
    private static void AddConditionGaps(PreparedCondition condition, FactFigures figures, List<PendingGap> gaps)
    {
        if (condition.Groups is { } groups)
        {
            PreparedTest[]? best = null;
            var bestSum = 0m;
            foreach (var group in groups)
            {
                var open = group.Where(t => t.Evaluate(figures) != Outcome.Met).ToArray();
                var sum = open.Sum(t => Math.Min(t.Distance(figures), 1_000_000m));
                if (best is null || open.Length < best.Length || open.Length == best.Length && sum < bestSum) (best, bestSum) = (open, sum);
            }

            foreach (var test in best!) gaps.Add(PendingGap.ForTest(test, figures, anyOption: false));
            return;
        }

        var unmet = condition.Tests.Where(t => t.Evaluate(figures) != Outcome.Met);
        if (condition.Source.Combine == "any")
        {
            // MinBy keeps the first of equals, as OrderBy(...).First() does.
            gaps.Add(PendingGap.ForTest(unmet.MinBy(t => t.Distance(figures))!, figures, anyOption: true));
            return;
        }

        foreach (var test in unmet) gaps.Add(PendingGap.ForTest(test, figures, anyOption: false));
    }
}

/// <summary>What a gap's text needs, kept until the gap is known to be among those written; the rule-only parts are worded already.</summary>
internal readonly record struct PendingGap(Metric Metric, decimal? Value, Bilingual Needed, Bilingual Suffix, Indicator? Indicator, Bilingual To, decimal Gained)
{
    private static readonly Bilingual NoSuffix = new(string.Empty, string.Empty);

    public static PendingGap ForTest(PreparedTest test, FactFigures figures, bool anyOption) =>
        new(test.Metric, figures.Get(test.Ordinal), test.Needed, anyOption ? GapFinder.AnyOptionSuffix : NoSuffix, null, default, 0);

    /// <summary>A band step: <paramref name="from"/> is the label of the band the figure is in.</summary>
    public static PendingGap ForStep(Indicator indicator, Metric metric, decimal? value, Bilingual from, Bilingual to, decimal gained) =>
        new(metric, value, from, NoSuffix, indicator, to, gained);

    public Bilingual Text => Indicator is null
        ? GapFinder.ConditionGapText(Metric, Value, Needed, Suffix)
        : GapFinder.ScoreStepText(Indicator, Metric, Value, Needed, To, Gained);
}
