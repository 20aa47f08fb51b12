using System.Text.RegularExpressions;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Features.ApplyWizard;

/// <summary>One step of the application wizard: the facts one part of the tier's standard reads, in form order.</summary>
internal sealed record WizardSection(string Id, Bilingual Title, Bilingual Help, IReadOnlyList<FactDefinition> Facts);

/// <summary>
/// Groups the facts a tier reads by the part of its standard that reads them first — basic conditions, scoring
/// indicators, direct conditions — so the enterprise answers only what its tier asks, in the order the standard asks it.
/// Derived facts (shares, growth rates) are replaced by the reported figures their formulas read.
/// </summary>
internal static partial class WizardSections
{
    public static IReadOnlyList<WizardSection> For(Target tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var schema = CultivationFacts.Schema;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sections = new List<WizardSection>(3);
        Add(sections, seen, schema, "basic", new("基本条件", "Basic conditions"),
            new("申报层级必须全部满足的条件。", "Conditions the tier requires, every one of them."),
            tier.BasicConditions.SelectMany(TestsOf));
        if (tier.Scoring is { } scoring)
        {
            Add(sections, seen, schema, "scoring", new("评分指标", "Scoring indicators"),
                new($"按指标计分，总分达到 {scoring.PassMark:0.##} 分及各类别最低分即符合。", $"Each indicator earns points; {scoring.PassMark:0.##} points in all and each category's minimum are needed."),
                scoring.Indicators.SelectMany(i => i.Measures).Select(m => m.Fact));
        }

        Add(sections, seen, schema, "direct", new("直通条件", "Direct conditions"),
            new("满足任意一项即可不经评分直接符合。", "Meeting any one of them qualifies without the score."),
            tier.DirectConditions.SelectMany(TestsOf));
        return sections;
    }

    /// <summary>Every base fact the tier reads, in form order.</summary>
    public static IReadOnlyList<FactDefinition> FactsOf(IReadOnlyList<WizardSection> sections) => [.. sections.SelectMany(s => s.Facts)];

    private static IEnumerable<string> TestsOf(Condition c) =>
        c.Tests.Concat(c.Groups?.SelectMany(g => g.Tests) ?? []).Concat(c.Waivers ?? []).Select(t => t.Fact);

    private static void Add(List<WizardSection> sections, HashSet<string> seen, FactSchema schema, string id, Bilingual title, Bilingual help, IEnumerable<string> facts)
    {
        var ids = facts.SelectMany(f => BaseFactsOf(schema, f, 0)).Where(seen.Add).ToHashSet(StringComparer.Ordinal);
        var ordered = schema.BaseFacts.Where(f => ids.Contains(f.Id)).ToList();
        if (ordered.Count > 0) sections.Add(new WizardSection(id, title, help, ordered));
    }

    // A derived fact's formula names the facts it reads; the depth guard only protects against a malformed schema.
    private static IEnumerable<string> BaseFactsOf(FactSchema schema, string id, int depth)
    {
        if (schema.Find(id) is not { } fact || depth > 8) return [];
        if (!fact.IsDerived) return [fact.Id];
        return Identifier().Matches(fact.FormulaText ?? string.Empty).Select(m => m.Value).Where(n => schema.Find(n) is not null)
            .SelectMany(n => BaseFactsOf(schema, n, depth + 1));
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}
