namespace Yiwang.Cultivation.Domain.RuleSets;

/// <summary>The embedded rule sets, loaded once; the evaluation date picks one unless the caller names it.</summary>
internal static class CultivationRuleSetCatalog
{
    private static readonly string[] Files = ["cultivation-2022.json", "cultivation-2026.json"];

    private static readonly Lazy<IReadOnlyList<CultivationRuleSet>> Sets = new(() => Files.Select(LoadEmbedded).ToArray());

    public static IReadOnlyList<CultivationRuleSet> All => Sets.Value;

    public static CultivationRuleSet? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>The rule set in force on <paramref name="date"/>, or null before the first one took effect.</summary>
    public static CultivationRuleSet? InForceOn(DateOnly date) => All.LastOrDefault(s => s.InForceOn(date));

    /// <summary>
    /// The annual data-update deadline of <paramref name="year"/>: that of the newest rule set in force on its own
    /// deadline day (2026: the 2026 rules, in force from 04-01, say 5月31日; 2025: the 2022-era 4月30日).
    /// </summary>
    public static DateOnly AnnualUpdateDeadline(int year) =>
        All.Where(s => s.AnnualUpdate is not null).OrderByDescending(s => s.EffectiveFrom)
            .Select(s => (Set: s, Day: s.AnnualUpdate!.In(year))).Where(x => x.Set.InForceOn(x.Day)).Select(x => (DateOnly?)x.Day).FirstOrDefault()
        ?? All.Last(s => s.AnnualUpdate is not null).AnnualUpdate!.In(year);

    private static CultivationRuleSet LoadEmbedded(string file)
    {
        var name = "Yiwang.Cultivation.Reference." + file;
        using var stream = typeof(CultivationRuleSetCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new RuleSetFormatException($"{file}: not embedded as {name}");
        return CultivationRuleSetLoader.Load(stream, file);
    }
}
