using System.Globalization;
using Yiwang.Rules.Evaluation;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Rules.Tests;

/// <summary>The toy schema and rule sets of Data/ (a grant, an export award, points as reported); nothing of cultivation.</summary>
internal static class Toy
{
    public static readonly FactSchema Schema = LoadSchema("toy-facts.json");

    public static readonly CompiledRuleSet Rules2024 = Load("toy-2024.json");

    public static readonly CompiledRuleSet Rules2025 = Load("toy-2025.json");

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", file));

    public static FactSchema LoadSchema(string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", file));
        return FactSchemaLoader.Load(stream, file);
    }

    public static CompiledRuleSet Load(string file) => LoadText(Text(file), file);

    public static CompiledRuleSet LoadText(string json, string origin = "test.json")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return RuleSetLoader.Load(stream, origin, Schema);
    }

    /// <summary>Facts from (id, value) pairs: numbers, booleans, member ids, dates as yyyy-MM-dd text.</summary>
    public static FactValues Facts(params (string Id, object Value)[] values)
    {
        var facts = new FactValues(Schema);
        foreach (var (id, value) in values)
        {
            var fact = Schema.Get(id);
            var text = value switch
            {
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString()!,
            };
            Assert.Null(FactText.Apply(facts, fact, text));
        }

        return facts;
    }

    /// <summary>A grant applicant that meets every basic condition and scores 95 (growth 30 + 20, quality 20 + 15 + 10).</summary>
    public static FactValues Strong() => Facts(("age", 12), ("staff", 40), ("sector", "Making"), ("founded", "2012-05-01"), ("revenue", 3000),
        ("exports", 600), ("certified", true), ("branded", true), ("patents", 0));

    public static TargetEvaluation Explain(string target, FactValues facts, CompiledRuleSet? set = null) =>
        (set ?? Rules2024).Find(target)!.Explain(facts);

    public static IndicatorScore Indicator(TargetEvaluation result, string id) => result.Score!.Indicators.Single(i => i.Id == id);
}
