using System.Globalization;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Evaluation;

/// <summary>Figures and comparisons as people read them, in both languages, by the fact's type and unit.</summary>
public static class ValueText
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static string Number(decimal value)
    {
        // A whole number prints the same either way; skipping the custom format halves the cost of a batch's gap texts.
        var rounded = decimal.Round(value, 2);
        return rounded.Scale == 0 && rounded != 0 ? rounded.ToString(Ci) : rounded.ToString("0.##", Ci);
    }

    /// <summary>"2.6%", "8,000,000 yuan", "是", "国家级"; "未填报" when there is no value, "无" for an empty none-fact.</summary>
    public static Bilingual Value(FactDefinition fact, FactState state, decimal value)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (state == FactState.None) return new("无", "none");
        if (state is not (FactState.Present or FactState.Partial)) return new("未填报", "not reported");
        return fact.Type switch
        {
            FactType.Boolean => value >= 1 ? new("是", "yes") : new("否", "no"),
            FactType.Enumeration when fact.MemberOf(value) is { } member => member.Label,
            FactType.Date => Join(string.Empty, FactText.Format(fact, value)),
            _ when fact.Unit is { } unit => new(InUnit(unit.Zh, value), InUnit(unit.En, value)),
            _ => Join(string.Empty, Number(value)),
        };
    }

    /// <summary>"≥ 1000万元", "是", "属于 国家级、省级".</summary>
    public static Bilingual Requirement(FactDefinition fact, string op, decimal? threshold, IReadOnlyList<decimal>? members = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return op switch
        {
            "isTrue" => new("是", "yes"),
            "isFalse" => new("否", "no"),
            "in" => new("属于 " + string.Join("、", (members ?? []).Select(m => fact.MemberOf(m)?.LabelZh)),
                "one of " + string.Join(", ", (members ?? []).Select(m => fact.MemberOf(m)?.LabelEn))),
            _ => Join(Symbol(op) + " ", threshold is { } t ? Value(fact, FactState.Present, t) : new("未填报", "not reported")),
        };
    }

    public static Bilingual OutcomeText(Outcome outcome) => outcome switch
    {
        Outcome.Met => new("满足", "met"),
        Outcome.NotMet => new("不满足", "not met"),
        _ => new("缺少数据", "data missing"),
    };

    public static string Symbol(string op) => op switch
    {
        ">=" => "≥",
        "<=" => "≤",
        "==" => "=",
        "!=" => "≠",
        _ => op,
    };

    internal static Bilingual Join(string prefix, Bilingual text) => new(prefix + text.Zh, prefix + text.En);

    private static Bilingual Join(string prefix, string text) => new(prefix + text, prefix + text);

    private static string InUnit(UnitText unit, decimal value)
    {
        var scaled = value * (unit.Scale ?? 1);
        var n = unit.Format is { } format ? scaled.ToString(format, Ci) : Number(scaled);
        return unit.Text.Replace("{n}", n, StringComparison.Ordinal);
    }
}
