using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>
/// <see cref="ScoreEvaluator"/> and <see cref="GapFinder.ForScore"/> for <see cref="LeanTierEvaluator"/>: the same
/// points, minimums and greedy band steps, with metrics resolved once and no texts.
/// </summary>
internal sealed class PreparedScoring
{
    private readonly (Indicator Indicator, (MetricBands Bands, Metric Metric, int Ordinal, Bilingual[] Labels)[] Metrics)[] indicators;

    public PreparedScoring(Scoring scoring, bool inclusive)
    {
        Source = scoring;
        indicators = scoring.Indicators.Select(i => (i, i.Metrics.Select(m => (m, MetricCatalog.Get(m.Metric), FactFigures.Ordinal(m.Metric),
            m.Bands.Select((_, k) => BandLookup.Label(m, k, inclusive)).ToArray())).ToArray())).ToArray();
    }

    public Scoring Source { get; }

    public LeanScore Evaluate(FactFigures figures, bool inclusive)
    {
        var points = new decimal[indicators.Length];
        List<int> missing = [];
        for (var i = 0; i < indicators.Length; i++)
        {
            var (indicator, metrics) = indicators[i];
            if (indicator.Scoring == "inputPoints")
            {
                var value = figures.Get(metrics[0].Ordinal);
                points[i] = Math.Clamp(value ?? 0, 0, indicator.MaxPoints);
                if (value is null) missing.Add(metrics[0].Ordinal);
                continue;
            }

            // The best figure counts; among equal points a reported one (OrderByDescending points, then value, First).
            var best = -1;
            var bestPoints = 0m;
            var bestReported = false;
            var allMissing = true;
            for (var m = 0; m < metrics.Length; m++)
            {
                var value = figures.Get(metrics[m].Ordinal);
                var earned = metrics[m].Bands.Bands[BandLookup.IndexOf(metrics[m].Bands, value, inclusive)].Points;
                allMissing &= value is null;
                if (best < 0 || earned > bestPoints || earned == bestPoints && value is not null && !bestReported)
                {
                    (best, bestPoints, bestReported) = (m, earned, value is not null);
                }
            }

            points[i] = bestPoints;
            if (allMissing) missing.Add(metrics[best].Ordinal);
        }

        var categoryPoints = new decimal[Source.Categories.Count];
        var minimaMet = new bool[categoryPoints.Length];
        var allMinimaMet = true;
        for (var k = 0; k < categoryPoints.Length; k++)
        {
            categoryPoints[k] = Sum(points, Source.Categories[k].Id);
            minimaMet[k] = Source.Categories[k].MinimumPoints is not { } min || categoryPoints[k] >= min;
            allMinimaMet &= minimaMet[k];
        }

        var total = 0m;
        foreach (var p in points) total += p;
        return new LeanScore(total, total >= Source.PassMark && allMinimaMet, points, categoryPoints, minimaMet, missing);
    }

    /// <summary>The band steps <see cref="GapFinder.ForScore"/> takes, in its order.</summary>
    public IEnumerable<PendingGap> Gaps(LeanScore score, FactFigures figures, bool inclusive)
    {
        List<Step> options = [];
        for (var i = 0; i < indicators.Length; i++)
        {
            var (indicator, metrics) = indicators[i];
            if (indicator.Scoring != "bands") continue;
            foreach (var (bands, metric, ordinal, labels) in metrics)
            {
                var value = figures.Get(ordinal);
                var index = BandLookup.IndexOf(bands, value, inclusive);
                for (var target = index - 1; target >= 0; target--)
                {
                    var gained = bands.Bands[target].Points - score.IndicatorPoints[i];
                    if (gained <= 0) continue;
                    options.Add(new Step(indicator.Category, indicator.Id, GapFinder.Distance(value, bands.Bands[target].Bound), gained,
                        PendingGap.ForStep(indicator, metric, value, labels[index], labels[target], gained)));
                }
            }
        }

        List<Step> taken = [];
        for (var k = 0; k < Source.Categories.Count; k++)
        {
            if (score.MinimaMet[k]) continue;
            var category = Source.Categories[k];
            Take(options.Where(o => o.Category == category.Id), category.MinimumPoints!.Value - score.CategoryPoints[k], taken);
        }

        Take(options, Source.PassMark - score.Total - taken.Sum(s => s.Points), taken);
        return taken.Select(s => s.Gap);
    }

    private decimal Sum(decimal[] points, string category)
    {
        var sum = 0m;
        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Indicator.Category == category) sum += points[i];
        }

        return sum;
    }

    // Greedy, one step per indicator: the nearest step that alone covers what is missing, else the step worth most;
    // the first of equals wins, as with GapFinder's stable OrderBy(...).First().
    private static void Take(IEnumerable<Step> options, decimal missing, List<Step> taken)
    {
        var open = options.Where(o => taken.TrueForAll(t => t.RuleId != o.RuleId)).ToList();
        while (missing > 0 && open.Count > 0)
        {
            var best = -1;
            for (var i = 0; i < open.Count; i++)
            {
                if (open[i].Points < missing) continue;
                if (best < 0 || open[i].Distance < open[best].Distance || open[i].Distance == open[best].Distance && open[i].Points < open[best].Points) best = i;
            }

            if (best < 0)
            {
                for (var i = 0; i < open.Count; i++)
                {
                    if (best < 0 || open[i].Points > open[best].Points || open[i].Points == open[best].Points && open[i].Distance < open[best].Distance) best = i;
                }
            }

            var step = open[best];
            taken.Add(step);
            missing -= step.Points;
            open.RemoveAll(o => o.RuleId == step.RuleId);
        }
    }

    private readonly record struct Step(string Category, string RuleId, decimal Distance, decimal Points, PendingGap Gap);
}

/// <summary>Points per indicator (in rule order) and category, without the explanations of <see cref="ScoreResult"/>.</summary>
internal sealed record LeanScore(decimal Total, bool Passed, decimal[] IndicatorPoints, decimal[] CategoryPoints, bool[] MinimaMet, List<int> MissingMetrics);
