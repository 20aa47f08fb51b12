using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>A condition with its tests compiled: all / any / anyGroup, then waivers.</summary>
internal sealed class CompiledCondition
{
    public CompiledCondition(Condition condition, FactSchema schema)
    {
        Source = condition;
        Groups = condition.Groups is { Count: > 0 } groups ? groups.Select(g => g.Tests.Select(t => new CompiledTest(t, schema)).ToArray()).ToArray() : null;
        Tests = Groups?.SelectMany(g => g).ToArray() ?? condition.Tests.Select(t => new CompiledTest(t, schema)).ToArray();
        Waivers = (condition.Waivers ?? []).Select(t => new CompiledTest(t, schema)).ToArray();
        IsAny = condition.Combine == "any";
    }

    public Condition Source { get; }

    public string Id => Source.Id;

    /// <summary>With groups, every grouped test in order; otherwise the condition's tests.</summary>
    public CompiledTest[] Tests { get; }

    public CompiledTest[][]? Groups { get; }

    public CompiledTest[] Waivers { get; }

    public bool IsAny { get; }

    public Outcome Evaluate(FactValues facts)
    {
        Outcome outcome;
        if (Groups is not null)
        {
            outcome = Outcome.NotMet;
            foreach (var group in Groups) outcome = Outcomes.Any(outcome, All(group, facts));
        }
        else
        {
            outcome = IsAny ? AnyOf(Tests, facts) : All(Tests, facts);
        }

        if (outcome == Outcome.Met) return outcome;
        foreach (var waiver in Waivers)
        {
            if (waiver.Evaluate(facts) == Outcome.Met) return Outcome.Met;
        }

        return outcome;
    }

    private static Outcome AnyOf(CompiledTest[] tests, FactValues facts)
    {
        var outcome = Outcome.NotMet;
        foreach (var test in tests)
        {
            outcome = Outcomes.Any(outcome, test.Evaluate(facts));
            if (outcome == Outcome.Met) return outcome;
        }

        return outcome;
    }

    private static Outcome All(CompiledTest[] tests, FactValues facts)
    {
        var outcome = Outcome.Met;
        foreach (var test in tests)
        {
            var next = test.Evaluate(facts);
            if (next == Outcome.NotMet) return Outcome.NotMet;
            if (next == Outcome.MissingData) outcome = Outcome.MissingData;
        }

        return outcome;
    }
}
