using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// A target compiled once and shared between threads (it holds no row state). <see cref="Evaluate"/> is the batch
/// path; <see cref="Explain"/> adds every explanation and is built on the same evaluation, so both always agree.
/// </summary>
public sealed class CompiledTarget
{
    internal CompiledTarget(CompiledRuleSet set, Target target)
    {
        RuleSet = set;
        Source = target;
        Basics = target.BasicConditions.Select(c => new CompiledCondition(c, set.Schema)).ToArray();
        Directs = target.DirectConditions.Select(c => new CompiledCondition(c, set.Schema)).ToArray();
        Scoring = target.Scoring is { } s ? new CompiledScoring(s, set.Schema, set.Source.BandBoundary.Inclusive) : null;
    }

    public CompiledRuleSet RuleSet { get; }

    public Target Source { get; }

    public string Id => Source.Id;

    internal FactSchema Schema => RuleSet.Schema;

    internal CompiledCondition[] Basics { get; }

    internal CompiledCondition[] Directs { get; }

    internal CompiledScoring? Scoring { get; }

    /// <summary>
    /// Evaluates into <paramref name="run"/>: outcome, score, unmet basic conditions, missing facts and the gaps, of which
    /// <paramref name="gapLimit"/> or a few more are kept (a condition's or the score's gaps are added whole).
    /// A missing fact never earns points; it makes the outcome MissingData wherever the outcome depends on it.
    /// </summary>
    public void Evaluate(FactValues facts, TargetRun run, int gapLimit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(run);
        if (facts.Schema != Schema) throw new ArgumentException($"The facts follow schema {facts.Schema.Id}, the rules {Schema.Id}", nameof(facts));
        run.Begin(this);
        var basics = Outcome.Met;
        for (var k = 0; k < Basics.Length; k++)
        {
            var condition = Basics[k];
            MarkMissing(condition.Tests, facts, run);
            MarkMissing(condition.Waivers, facts, run);
            var outcome = run.Basic[k] = condition.Evaluate(facts);
            basics = Outcomes.All(basics, outcome);
            if (outcome == Outcome.Met) continue;
            run.AddUnmet(k);
            if (run.Gaps.Count < gapLimit) Gaps.ForCondition(condition, facts, run.Gaps);
        }

        var score = run.ScoreState;
        if (Scoring is not null)
        {
            Scoring.Evaluate(facts, score);
            (run.Score, run.PassMark) = (score.Total, Scoring.Source.PassMark);
            for (var i = 0; i < Scoring.Indicators.Length; i++)
            {
                if (score.Missing[i]) MarkMissing(Scoring.Indicators[i], facts, run, openOnly: false);
            }
        }

        var qualifies = Qualify(facts, run);
        run.Outcome = Outcomes.All(basics, qualifies);
        if (qualifies == Outcome.MissingData) MarkOpenPaths(facts, run);
        if (qualifies != Outcome.Met && Scoring is not null && run.Gaps.Count < gapLimit) Gaps.ForScore(Scoring, facts, run);
        run.ListMissing();
    }

    /// <summary>The full explained answer (the API's); the same evaluation as <see cref="Evaluate"/> with every text.</summary>
    public TargetEvaluation Explain(FactValues facts)
    {
        var run = new TargetRun();
        Evaluate(facts, run);
        return Explainer.Explain(this, facts, run);
    }

    // Met without a score or direct conditions; otherwise the score, or else the first direct condition that holds
    // (only looked for when the score falls short). MissingData when a missing fact could still open a path.
    private Outcome Qualify(FactValues facts, TargetRun run)
    {
        if (Scoring is null && Directs.Length == 0) return Outcome.Met;
        var outcome = Scoring is null ? Outcome.NotMet : run.ScoreState.Outcome;
        if (outcome == Outcome.Met) return outcome;
        for (var j = 0; j < Directs.Length; j++)
        {
            run.Direct[j] = Directs[j].Evaluate(facts);
            outcome = Outcomes.Any(outcome, run.Direct[j]);
            if (run.Direct[j] != Outcome.Met) continue;
            run.AppliedDirectCondition = Directs[j].Id;
            return outcome;
        }

        return outcome;
    }

    // The verdict waits on these: the facts of every direct condition and score item that a report could still change.
    private void MarkOpenPaths(FactValues facts, TargetRun run)
    {
        foreach (var direct in Directs)
        {
            MarkMissing(direct.Tests, facts, run);
            MarkMissing(direct.Waivers, facts, run);
        }

        if (Scoring is null) return;
        for (var i = 0; i < Scoring.Indicators.Length; i++)
        {
            if (run.ScoreState.Potential[i] > run.ScoreState.Points[i]) MarkMissing(Scoring.Indicators[i], facts, run, openOnly: true);
        }
    }

    private static void MarkMissing(CompiledTest[] tests, FactValues facts, TargetRun run)
    {
        foreach (var test in tests)
        {
            if (test.Evaluate(facts) == Outcome.MissingData) MarkInputs(test.Fact, facts, run);
        }
    }

    private static void MarkMissing(CompiledIndicator indicator, FactValues facts, TargetRun run, bool openOnly)
    {
        foreach (var measure in indicator.Measures)
        {
            if (!openOnly || CompiledMeasure.IsOpen(facts.Get(measure.Fact.Ordinal, out _))) MarkInputs(measure.Fact, facts, run);
        }
    }

    private static void MarkInputs(FactDefinition fact, FactValues facts, TargetRun run)
    {
        foreach (var input in fact.Inputs)
        {
            if (facts.BaseState(input) == FactState.Missing) run.MarkMissing(input);
        }
    }
}
