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

    private static CultivationRuleSet LoadEmbedded(string file)
    {
        var name = "Yiwang.Cultivation.Reference." + file;
        using var stream = typeof(CultivationRuleSetCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new RuleSetFormatException($"{file}: not embedded as {name}");
        return CultivationRuleSetLoader.Load(stream, file);
    }
}
