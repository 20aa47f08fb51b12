using Yiwang.Rules.Evaluation;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>The facts schema and the embedded rule sets, loaded once; the evaluation date picks one unless the caller names it.</summary>
internal static class CultivationRuleSetCatalog
{
    private const string SchemaFile = "cultivation-facts.json";
    private static readonly string[] Files = ["cultivation-2022.json", "cultivation-2026.json"];

    private static readonly Lazy<FactSchema> Facts = new(() => Open(SchemaFile, s => FactSchemaLoader.Load(s, SchemaFile)));

    private static readonly Lazy<(IReadOnlyList<CultivationRuleSet> Sets, RuleSetCatalog Catalog)> Sets = new(() =>
    {
        var sets = Files.Select(f => Open(f, s => CultivationRuleSetLoader.Load(s, f, Schema))).OrderBy(s => s.EffectiveFrom).ToArray();
        return (sets, new RuleSetCatalog(sets.Select(s => s.Compiled)));
    });

    /// <summary>The facts the rules read (Data/Reference/cultivation-facts.json, docs/user-guide/cultivation-facts.md).</summary>
    public static FactSchema Schema => Facts.Value;

    public static IReadOnlyList<CultivationRuleSet> All => Sets.Value.Sets;

    public static CultivationRuleSet? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>The rule set in force on <paramref name="date"/>, or null before the first one took effect.</summary>
    public static CultivationRuleSet? InForceOn(DateOnly date) => Of(Sets.Value.Catalog.InForceOn(date));

    /// <summary>An explicit id wins over the date (see <see cref="RuleSetCatalog.Choose"/>).</summary>
    public static (CultivationRuleSet? Set, string ChosenBy) Choose(string? id, DateOnly date)
    {
        var (set, chosenBy) = Sets.Value.Catalog.Choose(id, date);
        return (Of(set), chosenBy);
    }

    /// <summary>
    /// The annual data-update deadline of <paramref name="year"/>: that of the newest rule set in force on its own
    /// deadline day (2026: the 2026 rules, in force from 04-01, say 5月31日; 2025: the 2022-era 4月30日).
    /// </summary>
    public static DateOnly AnnualUpdateDeadline(int year) =>
        All.Where(s => s.AnnualUpdate is not null).OrderByDescending(s => s.EffectiveFrom)
            .Select(s => (Set: s, Day: s.AnnualUpdate!.In(year))).Where(x => x.Set.InForceOn(x.Day)).Select(x => (DateOnly?)x.Day).FirstOrDefault()
        ?? All.Last(s => s.AnnualUpdate is not null).AnnualUpdate!.In(year);

    private static CultivationRuleSet? Of(CompiledRuleSet? compiled) => compiled is null ? null : Find(compiled.Id);

    private static T Open<T>(string file, Func<Stream, T> load)
    {
        var name = "Yiwang.Cultivation.Reference." + file;
        using var stream = typeof(CultivationRuleSetCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{file}: not embedded as {name}");
        return load(stream);
    }
}
