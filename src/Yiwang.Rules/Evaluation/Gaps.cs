using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// The smallest changes that would reach the target: every unmet test of an all-condition, the nearest alternative of
/// an any-condition, the group needing the fewest changes of an anyGroup condition, and for a score below the mark
/// band steps (one per indicator), first for unmet category minimums, then for the pass mark.
/// </summary>
internal static class Gaps
{
    public static readonly Bilingual AnyOptionSuffix = new(" （或满足该条件的其他任一项）", " (or any other option of this condition)");

    /// <summary>Relative distance, so 2.6% → 3% counts as nearer than 800万 → 1000万; no value is farthest.</summary>
    public static decimal Distance(decimal? value, decimal? target) =>
        value is { } v && target is { } t ? Math.Abs(t - v) / Math.Max(Math.Abs(t), 1) : decimal.MaxValue;

    public static void ForCondition(CompiledCondition condition, FactValues facts, List<PendingGap> gaps)
    {
        if (condition.Groups is { } groups)
        {
            // The group needing the fewest changes, then the nearest; the first of equals wins.
            var best = -1;
            int bestOpen = 0;
            var bestSum = 0m;
            for (var g = 0; g < groups.Length; g++)
            {
                var open = 0;
                var sum = 0m;
                foreach (var test in groups[g])
                {
                    if (test.Evaluate(facts) == Outcome.Met) continue;
                    open++;
                    sum += Math.Min(test.Distance(facts), 1_000_000m);
                }

                if (best < 0 || open < bestOpen || open == bestOpen && sum < bestSum) (best, bestOpen, bestSum) = (g, open, sum);
            }

            foreach (var test in groups[best])
            {
                if (test.Evaluate(facts) != Outcome.Met) gaps.Add(PendingGap.ForTest(condition, test, facts, anyOption: false));
            }

            return;
        }

        if (condition.IsAny)
        {
            CompiledTest? nearest = null;
            var distance = 0m;
            foreach (var test in condition.Tests)
            {
                if (test.Evaluate(facts) == Outcome.Met) continue;
                var d = test.Distance(facts);
                if (nearest is null || d < distance) (nearest, distance) = (test, d);
            }

            if (nearest is not null) gaps.Add(PendingGap.ForTest(condition, nearest, facts, anyOption: true));
            return;
        }

        foreach (var test in condition.Tests)
        {
            if (test.Evaluate(facts) != Outcome.Met) gaps.Add(PendingGap.ForTest(condition, test, facts, anyOption: false));
        }
    }

    public static void ForScore(CompiledScoring scoring, FactValues facts, TargetRun run)
    {
        var s = run.ScoreState;
        var options = run.Options;
        options.Clear();
        for (var i = 0; i < scoring.Indicators.Length; i++)
        {
            var indicator = scoring.Indicators[i];
            if (indicator.InputPoints) continue;
            foreach (var measure in indicator.Measures)
            {
                var band = measure.BandOf(facts, out var state, out var v);
                decimal? value = state is FactState.Present or FactState.Partial ? v : null;
                for (var target = band - 1; target >= 0; target--)
                {
                    var gained = measure.Points[target] - s.Points[i];
                    if (gained <= 0) continue;
                    options.Add(new GapStep(indicator.Category, i, Distance(value, measure.Bound(target)), gained,
                        PendingGap.ForStep(indicator, measure, state, v, band, target, gained)));
                }
            }
        }

        var taken = run.Taken;
        taken.Clear();
        for (var k = 0; k < scoring.Source.Categories.Count; k++)
        {
            if (s.MinimumMet[k]) continue;
            Take(options, k, scoring.Source.Categories[k].MinimumPoints!.Value - s.CategoryPoints[k], run);
        }

        var covered = 0m;
        foreach (var step in taken) covered += step.Points;
        Take(options, -1, scoring.Source.PassMark - s.Total - covered, run);
        foreach (var step in taken) run.Gaps.Add(step.Gap);
    }

    // Greedy, one step per indicator: the nearest step that alone covers what is missing, else the step worth most;
    // the first of equals wins. Category -1: any category.
    private static void Take(List<GapStep> options, int category, decimal missing, TargetRun run)
    {
        var open = run.Open;
        open.Clear();
        foreach (var o in options)
        {
            if ((category < 0 || o.Category == category) && !Has(run.Taken, o.Indicator)) open.Add(o);
        }

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
            run.Taken.Add(step);
            missing -= step.Points;
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Indicator == step.Indicator) open.RemoveAt(i);
            }
        }
    }

    private static bool Has(List<GapStep> steps, int indicator)
    {
        foreach (var step in steps)
        {
            if (step.Indicator == indicator) return true;
        }

        return false;
    }
}

internal readonly record struct GapStep(int Category, int Indicator, decimal Distance, decimal Points, PendingGap Gap);
