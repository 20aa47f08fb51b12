using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>A test with its metric resolved once, for <see cref="LeanTierEvaluator"/>.</summary>
internal sealed class PreparedTest(Test test)
{
    public Test Source { get; } = test;

    public Metric Metric { get; } = MetricCatalog.Get(test.Metric);

    public int Ordinal { get; } = FactFigures.Ordinal(test.Metric);

    /// <summary>"≥ 1000万元": the requirement as the gap text words it, worded once.</summary>
    public Bilingual Needed { get; } = ValueText.Requirement(MetricCatalog.Get(test.Metric), test.Op, test.Value);

    /// <summary>The same outcome as <see cref="ConditionEvaluator.EvaluateTest"/>, without its text.</summary>
    public Outcome Evaluate(FactFigures figures) =>
        figures.Get(Ordinal) is { } v ? (ConditionEvaluator.Holds(v, Source.Op, Source.Value) ? Outcome.Met : Outcome.NotMet)
            : Metric.Unit == MetricUnit.Rank ? Outcome.NotMet : Outcome.MissingData;

    public decimal Distance(FactFigures figures) => GapFinder.Distance(figures.Get(Ordinal), Source.Op == "isTrue" ? 1 : Source.Value);
}

/// <summary>A condition with its tests prepared; the same combination rules as <see cref="ConditionEvaluator"/>.</summary>
internal sealed class PreparedCondition
{
    public PreparedCondition(Condition condition)
    {
        Source = condition;
        Groups = condition.Groups is { Count: > 0 } groups ? groups.Select(g => g.Tests.Select(t => new PreparedTest(t)).ToArray()).ToArray() : null;
        Tests = Groups?.SelectMany(g => g).ToArray() ?? condition.Tests.Select(t => new PreparedTest(t)).ToArray();
        Waivers = (condition.Waivers ?? []).Select(t => new PreparedTest(t)).ToArray();
    }

    public Condition Source { get; }

    public string Id => Source.Id;

    /// <summary>With groups, every grouped test in order (as the full result lists them); otherwise the condition's tests.</summary>
    public PreparedTest[] Tests { get; }

    public PreparedTest[][]? Groups { get; }

    public PreparedTest[] Waivers { get; }

    public Outcome Evaluate(FactFigures figures)
    {
        Outcome outcome;
        if (Groups is not null)
        {
            outcome = Outcome.NotMet;
            foreach (var group in Groups) outcome = Any(outcome, All(group, figures));
        }
        else
        {
            outcome = Source.Combine == "any" ? AnyOf(Tests, figures) : All(Tests, figures);
        }

        if (outcome == Outcome.Met) return outcome;
        foreach (var waiver in Waivers)
        {
            if (waiver.Evaluate(figures) == Outcome.Met) return Outcome.Met;
        }

        return outcome;
    }

    // Any: met if one is met, else missing if one is missing; All: not met if one fails, else missing if one is missing.
    private static Outcome Any(Outcome sofar, Outcome next) =>
        sofar == Outcome.Met || next == Outcome.Met ? Outcome.Met
        : sofar == Outcome.MissingData || next == Outcome.MissingData ? Outcome.MissingData : Outcome.NotMet;

    private static Outcome AnyOf(PreparedTest[] tests, FactFigures figures)
    {
        var outcome = Outcome.NotMet;
        foreach (var test in tests) outcome = Any(outcome, test.Evaluate(figures));
        return outcome;
    }

    private static Outcome All(PreparedTest[] tests, FactFigures figures)
    {
        var outcome = Outcome.Met;
        foreach (var test in tests)
        {
            var next = test.Evaluate(figures);
            if (next == Outcome.NotMet) return Outcome.NotMet;
            if (next == Outcome.MissingData) outcome = Outcome.MissingData;
        }

        return outcome;
    }
}
