using System.Globalization;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Domain.Evaluation;

/// <summary>Figures and comparisons as people read them, in both languages.</summary>
internal static class ValueText
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    public static string Number(decimal value)
    {
        // A whole number prints the same either way; skipping the custom format halves the cost of a batch's gap texts.
        var rounded = decimal.Round(value, 2);
        return rounded.Scale == 0 && rounded != 0 ? rounded.ToString(Ci) : rounded.ToString("0.##", Ci);
    }

    public static Bilingual Value(Metric metric, decimal? value)
    {
        if (value is not { } v)
        {
            return metric.Unit == MetricUnit.Rank ? new("无", "none") : new("未填报", "not reported");
        }

        var n = Number(v);
        return metric.Unit switch
        {
            MetricUnit.Percent => new($"{n}%", $"{n}%"),
            MetricUnit.TenThousandYuan => new($"{n}万元", string.Create(Ci, $"{v * 10_000:N0} yuan")),
            MetricUnit.Years => new($"{n}年", $"{n} years"),
            MetricUnit.Count => new($"{n}项", n),
            MetricUnit.Level => new($"{n}级", $"level {n}"),
            MetricUnit.Rank => new($"第{n}名", $"rank {n}"),
            MetricUnit.Points => new($"{n}分", $"{n} points"),
            _ => v >= 1 ? new("是", "yes") : new("否", "no"),
        };
    }

    public static Bilingual Requirement(Metric metric, string op, decimal? threshold) => op switch
    {
        "isTrue" => new("是", "yes"),
        _ => Join(Symbol(op) + " ", Value(metric, threshold)),
    };

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
        _ => op,
    };

    public static Bilingual Join(string prefix, Bilingual text) => new(prefix + text.Zh, prefix + text.En);
}
