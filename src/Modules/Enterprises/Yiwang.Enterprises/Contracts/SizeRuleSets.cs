using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Enterprises.Contracts;

public sealed record SizeRuleSetInfo(string Id, string NameZh, string NameEn, string Profile, DateOnly EffectiveFrom, DateOnly? EffectiveTo, bool IsDefault);

/// <summary>The size-classification rule sets shipped with Yiwang.</summary>
public static class SizeRuleSets
{
    public static string DefaultId => SizeRuleSetCatalog.Default.Id;

    public static IReadOnlyList<SizeRuleSetInfo> List() => SizeRuleSetCatalog.All
        .Select(s => new SizeRuleSetInfo(s.Id, s.NameZh, s.NameEn,
            s.Profile == RuleSetProfile.SmeOnly ? "smeOnly" : "largeMediumSmallMicro", s.EffectiveFrom, s.EffectiveTo,
            s.Id == SizeRuleSetCatalog.Default.Id))
        .ToArray();

    /// <summary>Checks a rule-set file; returns null when it is valid, else the problem (naming row and field).</summary>
    public static string? Validate(string path)
    {
        try
        {
            _ = SizeRuleSetLoader.LoadFile(path);
            return null;
        }
        catch (RuleSetFormatException ex)
        {
            return ex.Message;
        }
    }

    internal static SizeRuleSet Resolve(string? idOrPath)
    {
        if (string.IsNullOrWhiteSpace(idOrPath)) return SizeRuleSetCatalog.Default;
        try
        {
            return SizeRuleSetCatalog.FindOrLoad(idOrPath) ?? throw new SizeBatchException(SizeBatchFailure.UnknownRuleSet,
                $"未知的划型规则集“{idOrPath}”（可用：{string.Join("、", SizeRuleSetCatalog.All.Select(s => s.Id))}，或规则集文件路径）",
                $"Unknown rule set '{idOrPath}' (known: {string.Join(", ", SizeRuleSetCatalog.All.Select(s => s.Id))}, or a path to a rule-set file)");
        }
        catch (RuleSetFormatException ex)
        {
            throw new SizeBatchException(SizeBatchFailure.InvalidRuleSet, $"规则集文件有误：{ex.Message}", $"Invalid rule-set file: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new SizeBatchException(SizeBatchFailure.InvalidRuleSet, $"无法读取规则集文件：{ex.Message}", $"Cannot read the rule-set file: {ex.Message}", ex);
        }
    }
}
