using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Formulas;

/// <summary>
/// A parsed formula (<see cref="FormulaParser"/>). Values are decimals; comparisons and and/or/not give 1 or 0. A
/// missing operand makes the result missing, except in lenient functions; division by zero has no value.
/// </summary>
internal abstract class Formula
{
    public abstract bool TryEvaluate(FactValues facts, out decimal value);

    /// <summary>The ordinals of the facts the formula names (not those they derive from).</summary>
    public abstract IEnumerable<int> Facts();
}

internal sealed class ConstantFormula(decimal value) : Formula
{
    public override bool TryEvaluate(FactValues facts, out decimal result)
    {
        result = value;
        return true;
    }

    public override IEnumerable<int> Facts() => [];
}

internal sealed class FactFormula(int ordinal) : Formula
{
    public override bool TryEvaluate(FactValues facts, out decimal value) =>
        facts.Get(ordinal, out value) is FactState.Present or FactState.Partial;

    public override IEnumerable<int> Facts() => [ordinal];
}

internal sealed class UnaryFormula(char op, Formula operand) : Formula
{
    public override bool TryEvaluate(FactValues facts, out decimal value)
    {
        if (!operand.TryEvaluate(facts, out value)) return false;
        value = op == '-' ? -value : value == 0 ? 1 : 0;
        return true;
    }

    public override IEnumerable<int> Facts() => operand.Facts();
}

internal sealed class BinaryFormula(string op, Formula left, Formula right) : Formula
{
    public override bool TryEvaluate(FactValues facts, out decimal value)
    {
        value = 0;
        if (!left.TryEvaluate(facts, out var a) || !right.TryEvaluate(facts, out var b)) return false;
        if (op == "/" && b == 0) return false;
        value = op switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            "<" => a < b ? 1 : 0,
            "<=" => a <= b ? 1 : 0,
            ">" => a > b ? 1 : 0,
            ">=" => a >= b ? 1 : 0,
            "==" => a == b ? 1 : 0,
            "!=" => a != b ? 1 : 0,
            "and" => a != 0 && b != 0 ? 1 : 0,
            _ => a != 0 || b != 0 ? 1 : 0,
        };
        return true;
    }

    public override IEnumerable<int> Facts() => left.Facts().Concat(right.Facts());
}

internal sealed class CallFormula(FormulaFunctions.Entry function, Formula[] args) : Formula
{
    public override bool TryEvaluate(FactValues facts, out decimal value)
    {
        Span<decimal?> values = stackalloc decimal?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].TryEvaluate(facts, out var v)) values[i] = v;
            else if (!function.Lenient)
            {
                value = 0;
                return false;
            }
        }

        var result = function.Function(values);
        value = result ?? 0;
        return result is not null;
    }

    public override IEnumerable<int> Facts() => args.SelectMany(a => a.Facts());
}
