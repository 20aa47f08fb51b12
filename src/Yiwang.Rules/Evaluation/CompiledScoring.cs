using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// A scoring table compiled: each indicator scores the best of its measures; a missing fact earns nothing but keeps
/// its best points as potential, so the score is "not reached" only when even full data could not reach it.
/// </summary>
internal sealed class CompiledScoring
{
    public CompiledScoring(Scoring scoring, FactSchema schema, bool inclusive)
    {
        Source = scoring;
        var categories = scoring.Categories.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Indicators = scoring.Indicators.Select(i => new CompiledIndicator(i, categories[i.Category], i.Measures.Select(m => new CompiledMeasure(m, schema, inclusive)).ToArray())).ToArray();
    }

    public Scoring Source { get; }

    public CompiledIndicator[] Indicators { get; }

    public void Evaluate(FactValues facts, ScoreState s)
    {
        for (var i = 0; i < Indicators.Length; i++) Indicators[i].Score(facts, s, i);
        var categories = Source.Categories;
        var reachable = true;
        var allMinimaMet = true;
        for (var k = 0; k < categories.Count; k++)
        {
            s.CategoryPoints[k] = s.CategoryPotential[k] = 0;
            for (var i = 0; i < Indicators.Length; i++)
            {
                if (Indicators[i].Category != k) continue;
                s.CategoryPoints[k] += s.Points[i];
                s.CategoryPotential[k] += s.Potential[i];
            }

            s.MinimumMet[k] = categories[k].MinimumPoints is not { } min || s.CategoryPoints[k] >= min;
            allMinimaMet &= s.MinimumMet[k];
            reachable &= categories[k].MinimumPoints is not { } least || s.CategoryPotential[k] >= least;
        }

        s.Total = s.PotentialTotal = 0;
        for (var i = 0; i < Indicators.Length; i++)
        {
            s.Total += s.Points[i];
            s.PotentialTotal += s.Potential[i];
        }

        s.Passed = s.Total >= Source.PassMark && allMinimaMet;
        s.Outcome = s.Passed ? Outcome.Met : reachable && s.PotentialTotal >= Source.PassMark ? Outcome.MissingData : Outcome.NotMet;
    }
}

internal sealed class CompiledIndicator(Indicator source, int category, CompiledMeasure[] measures)
{
    public Indicator Source { get; } = source;

    public int Category { get; } = category;

    public CompiledMeasure[] Measures { get; } = measures;

    public bool InputPoints { get; } = source.Scoring == "inputPoints";

    public void Score(FactValues facts, ScoreState s, int i)
    {
        if (InputPoints)
        {
            var state = facts.Get(Measures[0].Fact.Ordinal, out var v);
            var has = state is FactState.Present or FactState.Partial;
            s.Points[i] = has ? Math.Clamp(v, 0, Source.MaxPoints) : 0;
            s.Potential[i] = CompiledMeasure.IsOpen(state) ? Source.MaxPoints : s.Points[i];
            s.Measure[i] = 0;
            s.Missing[i] = state == FactState.Missing;
            return;
        }

        // The best measure counts (63号 附件2 indicator 11: 总额 or 占比); among equal points one with a value.
        var best = -1;
        var bestPoints = 0m;
        var bestHasValue = false;
        var potential = 0m;
        var allMissing = true;
        for (var m = 0; m < Measures.Length; m++)
        {
            var band = Measures[m].BandOf(facts, out var state, out _);
            var earned = Measures[m].PointsOf(band);
            var hasValue = state is FactState.Present or FactState.Partial;
            allMissing &= band == Measures[m].BandCount;
            potential = Math.Max(potential, CompiledMeasure.IsOpen(state) ? Measures[m].BestPoints : earned);
            if (best < 0 || earned > bestPoints || earned == bestPoints && hasValue && !bestHasValue) (best, bestPoints, bestHasValue) = (m, earned, hasValue);
        }

        s.Points[i] = bestPoints;
        s.Potential[i] = Math.Max(potential, bestPoints);
        s.Measure[i] = best;
        s.Missing[i] = allMissing;
    }
}
