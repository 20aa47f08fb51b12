using System.Globalization;
using System.Text;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Rules.Facts;

namespace Yiwang.Cultivation.Tests.Docs;

/// <summary>
/// docs/user-guide/cultivation-facts.md carries the schema's facts as tables between two markers; this test renders
/// them from Data/Reference/cultivation-facts.json and fails when the guide is out of date. Run it with
/// YIWANG_WRITE_DOCS=1 to rewrite the tables.
/// </summary>
public sealed class FactsGuideTests
{
    private const string Begin = "<!-- facts: generated from cultivation-facts.json by FactsGuideTests; do not edit by hand -->";
    private const string End = "<!-- facts: end -->";

    [Fact]
    public void The_facts_guide_lists_the_schema()
    {
        var path = Path.Combine(Root(), "docs", "user-guide", "cultivation-facts.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the guide lacks the generated-tables markers");
        var expected = text[..(start + Begin.Length)] + "\n" + Render(CultivationFacts.Schema) + text[end..];
        if (Environment.GetEnvironmentVariable("YIWANG_WRITE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.Equal(expected, text);
    }

    private static string Render(FactSchema schema)
    {
        var sb = new StringBuilder();
        foreach (var group in schema.Groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n### {group.NameZh} / {group.NameEn}\n\n| name | 标签 | label | type, unit | range | source |\n|---|---|---|---|---|---|\n");
            foreach (var f in schema.BaseFacts.Where(f => f.Group == group))
            {
                sb.Append(CultureInfo.InvariantCulture, $"| `{f.Id}` | {f.Label.Zh} | {f.Label.En} | {Type(f)} | {Range(f)} | {f.Source!.Id} |\n");
            }
        }

        sb.Append("\n### 派生数据 / Derived figures\n\n| name | 标签 | label | unit | formula |\n|---|---|---|---|---|\n");
        foreach (var f in schema.Derived)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| `{f.Id}` | {f.Label.Zh} | {f.Label.En} | {f.Unit?.Zh.Name ?? "—"} | `{f.FormulaText}` |\n");
        }

        sb.Append("\n### 校验 / Checks across facts\n\n| field | check | message |\n|---|---|---|\n");
        foreach (var c in schema.Constraints) sb.Append(CultureInfo.InvariantCulture, $"| `{c.Field}` | `{c.Check}` | {c.Message.Zh} / {c.Message.En} |\n");
        return sb.Append('\n').ToString();
    }

    private static string Type(FactDefinition f) => f.Type switch
    {
        FactType.Enumeration => "one of " + string.Join(", ", f.Members.Select(m => $"`{m.Id}` {m.LabelZh}")),
        FactType.Boolean => "boolean",
        _ => f.Unit is { } unit ? $"{f.Type.ToString().ToLowerInvariant()}, {unit.Zh.Name}" : f.Type.ToString().ToLowerInvariant(),
    };

    private static string Range(FactDefinition f)
    {
        var range = (f.Min, f.Max) switch
        {
            ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $"{lo}–{hi}"),
            ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {lo}"),
            (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $"≤ {hi}"),
            _ => "—",
        };
        return f.EmptyMeansNone ? range + "; empty = none" : range;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Yiwang.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Yiwang.slnx not found above the test binaries");
    }
}
