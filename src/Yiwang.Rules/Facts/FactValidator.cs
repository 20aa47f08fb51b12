using Yiwang.Kernel.Text;

namespace Yiwang.Rules.Facts;

/// <summary>Rejects values no enterprise can have: outside a fact's range, or against a schema constraint.</summary>
public static class FactValidator
{
    /// <summary>Field → message, empty when the values are valid; a field keeps its first message.</summary>
    public static Dictionary<string, Bilingual> Validate(FactValues facts)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        Check(facts, errors);
        return errors;
    }

    /// <summary>Whether <see cref="Validate"/> would find nothing, without allocating (the batch asks this of every row).</summary>
    public static bool IsValid(FactValues facts) => !Check(facts, null);

    // Stops at the first problem when there is no dictionary to fill.
    private static bool Check(FactValues facts, Dictionary<string, Bilingual>? errors)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var failed = false;
        foreach (var fact in facts.Schema.BaseFacts)
        {
            if (facts.BaseState(fact.Ordinal) != FactState.Present) continue;
            facts.Get(fact.Ordinal, out var v);
            if (InRange(fact, v)) continue;
            failed = true;
            if (errors is null) return true;
            errors.TryAdd(fact.Id, fact.RangeMessage);
        }

        foreach (var constraint in facts.Schema.Constraints)
        {
            var applies = true;
            foreach (var input in constraint.Facts) applies &= facts.BaseState(input) == FactState.Present;
            if (!applies || !constraint.Formula.TryEvaluate(facts, out var holds) || holds != 0) continue;
            failed = true;
            if (errors is null) return true;
            errors.TryAdd(constraint.Field, constraint.Message);
        }

        return failed;
    }

    // Either end may be open (a lifted comparison with null is false); an integer fact needs a whole number.
    private static bool InRange(FactDefinition fact, decimal v) =>
        !(v < fact.Min) && !(v > fact.Max) && (fact.Type != FactType.Integer || decimal.Truncate(v) == v);
}
