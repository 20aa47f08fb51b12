using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Evaluation;

/// <summary>A test with its fact and threshold resolved once, and the requirement worded once.</summary>
internal sealed class CompiledTest
{
    private readonly Op op;

    public CompiledTest(Test test, FactSchema schema)
    {
        Source = test;
        Fact = schema.Get(test.Fact);
        op = test.Op switch
        {
            ">=" => Op.Ge, ">" => Op.Gt, "<=" => Op.Le, "<" => Op.Lt, "==" => Op.Eq, "!=" => Op.Ne, "in" => Op.In, "isTrue" => Op.IsTrue, _ => Op.IsFalse,
        };
        Threshold = test.Value is { } v && op != Op.In && RuleValues.Resolve(Fact, v, out var t) is null ? t : null;
        Members = op == Op.In ? RuleValues.Members(Fact, test.Value) : [];
        Needed = ValueText.Requirement(Fact, test.Op, Threshold, Members);
    }

    private enum Op
    {
        Ge, Gt, Le, Lt, Eq, Ne, In, IsTrue, IsFalse,
    }

    public Test Source { get; }

    public FactDefinition Fact { get; }

    public decimal? Threshold { get; }

    public decimal[] Members { get; }

    /// <summary>"≥ 1000万元": the requirement as explanations and gaps word it.</summary>
    public Bilingual Needed { get; }

    /// <summary>
    /// Met or not by the value; a missing fact gives MissingData; an empty none-fact or an undefined figure (a share
    /// of zero revenue) is not met. A partial value is a lower bound: it can meet ≥, &gt; and isTrue, never fail them.
    /// </summary>
    public Outcome Evaluate(FactValues facts)
    {
        var state = facts.Get(Fact.Ordinal, out var v);
        return state switch
        {
            FactState.Present => Holds(v) ? Outcome.Met : Outcome.NotMet,
            FactState.Partial => op is Op.Ge or Op.Gt or Op.IsTrue && Holds(v) ? Outcome.Met : Outcome.MissingData,
            FactState.Missing => Outcome.MissingData,
            _ => Outcome.NotMet,
        };
    }

    /// <summary>Relative distance to the threshold, so 2.6% → 3% is nearer than 800万 → 1000万; no value is farthest.</summary>
    public decimal Distance(FactValues facts)
    {
        if (facts.Get(Fact.Ordinal, out var v) is not (FactState.Present or FactState.Partial)) return decimal.MaxValue;
        return op == Op.In ? 1 : Gaps.Distance(v, op switch { Op.IsTrue => 1, Op.IsFalse => 0, _ => Threshold });
    }

    private bool Holds(decimal v) => op switch
    {
        Op.Ge => v >= Threshold,
        Op.Gt => v > Threshold,
        Op.Le => v <= Threshold,
        Op.Lt => v < Threshold,
        Op.Eq => v == Threshold,
        Op.Ne => v != Threshold,
        Op.In => Array.IndexOf(Members, v) >= 0,
        Op.IsTrue => v >= 1,
        _ => v == 0,
    };
}
