namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>The rule sets shipped with Yiwang (embedded JSON), plus loading a user's file.</summary>
internal static class SizeRuleSetCatalog
{
    public const string Miit2011Id = "miit-2011-300";
    public const string Nbs2017Id = "nbs-2017";
    private const string ResourcePrefix = "Yiwang.Enterprises.RuleSets.";

    private static readonly Lazy<IReadOnlyList<SizeRuleSet>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<SizeRuleSet> All => Embedded.Value;

    /// <summary>
    /// The API default: the NBS 2017 set, because it is in force today and, unlike 300号, also names 大型
    /// (300号 only says "不属于中小企业"). Callers deciding SME status under the payment regulation may pick 300号 explicitly.
    /// </summary>
    public static SizeRuleSet Default => Find(Nbs2017Id)!;

    public static SizeRuleSet? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The set to use on <paramref name="date"/>: among those in force, a four-tier (大/中/小/微) set is preferred, then the
    /// latest effective. Null before the first shipped set came into force (2011-06-18).
    /// </summary>
    public static SizeRuleSet? DefaultFor(DateOnly date) => All
        .Where(s => s.IsInForceOn(date))
        .OrderByDescending(s => s.Profile == RuleSetProfile.LargeMediumSmallMicro)
        .ThenByDescending(s => s.EffectiveFrom)
        .FirstOrDefault();

    public static SizeRuleSet LoadFile(string path) => SizeRuleSetLoader.LoadFile(path);

    /// <summary>An embedded id, or else a path to a rule-set file; null when it is neither.</summary>
    public static SizeRuleSet? FindOrLoad(string idOrPath) =>
        Find(idOrPath) ?? (File.Exists(idOrPath) ? LoadFile(idOrPath) : null);

    private static SizeRuleSet[] LoadEmbedded()
    {
        var assembly = typeof(SizeRuleSetCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return SizeRuleSetLoader.Load(stream, n[ResourcePrefix.Length..]);
            })
            .ToArray();
    }
}
