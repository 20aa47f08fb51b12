using System.Globalization;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.RuleSets;

/// <summary>Turns a rule file's threshold into the number rules compare, by the fact's type; a problem says why not.</summary>
internal static class RuleValues
{
    public static readonly string[] Ops = [">=", ">", "<=", "<", "==", "!=", "in", "isTrue", "isFalse"];

    /// <summary>Null when the op suits the fact and the value suits both; otherwise what is wrong.</summary>
    public static string? CheckTest(FactDefinition fact, string op, RuleValue? value)
    {
        if (!Ops.Contains(op)) return $"op '{op}' is not one of {string.Join(' ', Ops)}";
        if (op is "isTrue" or "isFalse")
        {
            if (fact.Type != FactType.Boolean) return $"{op} needs a boolean fact; '{fact.Id}' is {Name(fact.Type)}";
            return value is null ? null : $"{op} takes no value";
        }

        if (fact.Type == FactType.Boolean) return $"'{fact.Id}' is boolean: use isTrue or isFalse";
        if (op == "in")
        {
            if (fact.Type != FactType.Enumeration) return $"in needs an enumeration fact; '{fact.Id}' is {Name(fact.Type)}";
            if (value?.Members is not { Count: > 0 } members) return "in needs a list of member ids";
            return members.FirstOrDefault(m => fact.Member(m) is null) is { } bad ? $"'{bad}' is not a member of {fact.Id}" : null;
        }

        if (value is not { } v) return $"'{fact.Id}' {op} needs a value";
        return Resolve(fact, v, out _);
    }

    /// <summary>A single value (comparison threshold, band bound) as a number; null or the problem.</summary>
    public static string? Resolve(FactDefinition fact, RuleValue value, out decimal number)
    {
        number = 0;
        switch (fact.Type)
        {
            case FactType.Enumeration:
                if (value.Text is { } id && fact.Member(id) is { } member)
                {
                    number = member.Value;
                    return null;
                }

                return $"'{value}' is not a member of {fact.Id} ({string.Join(", ", fact.Members.Select(m => m.Id))})";
            case FactType.Date:
                if (value.Text is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    number = date.DayNumber;
                    return null;
                }

                return $"'{value}' is not a yyyy-MM-dd date";
            default:
                if (value.Number is { } n)
                {
                    number = n;
                    return null;
                }

                return $"'{value}' is not a number";
        }
    }

    /// <summary>The member values of an <c>in</c> test.</summary>
    public static decimal[] Members(FactDefinition fact, RuleValue? value) =>
        (value?.Members ?? []).Select(m => fact.Member(m)!.Value).ToArray();

    private static string Name(FactType type) => type.ToString().ToLowerInvariant();
}
