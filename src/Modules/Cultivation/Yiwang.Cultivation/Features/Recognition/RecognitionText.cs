using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Cultivation.Features.Recognition;

/// <summary>How the recognition pages name what they show: regions and tiers by name, states by label and tone.</summary>
internal static class RecognitionText
{
    /// <summary>"浙江省 杭州市 西湖区"; a code outside the directory shows as given.</summary>
    public static string Region(string? code) =>
        RegionCode.TryParse(code, out var region, out _) ? ProvinceNames.FullName(region) : code ?? string.Empty;

    /// <summary>The tier's name in the newest rule set that has it (the ids are the same across rule sets).</summary>
    public static string Tier(string id) =>
        CultivationRuleSetCatalog.All.Reverse().Select(s => s.FindTier(id)).FirstOrDefault(t => t is not null)?.Name.Current ?? id;

    /// <summary>The tiers of the rule set in force, as filter or form choices.</summary>
    public static IReadOnlyList<Choice> TierChoices => [.. CultivationRuleSetCatalog.All[^1].Tiers.Select(t => new Choice(t.Id, t.Name.Current))];

    /// <summary>The rule set by its document ("工信部企业〔2026〕2号"), never by its id.</summary>
    public static string RuleSet(string id) => CultivationRuleSetCatalog.Find(id) is { } s ? Bilingual.T(s.DocumentZh, s.DocumentEn) : id;

    /// <summary>One line on who a tier is for: its first basic condition, or how its score is passed.</summary>
    public static string TierSummary(Yiwang.Rules.RuleSets.Target tier) =>
        tier?.BasicConditions is [var first, ..] ? Bilingual.T($"条件之一：{first.NameZh}", $"Among the conditions: {first.NameEn}")
        : tier?.Scoring is { } s ? Bilingual.T($"评价得分达到 {s.PassMark:0.##} 分，或满足任一直通条件", $"A score of {s.PassMark:0.##} or more, or any direct condition")
        : string.Empty;

    public static Tone StatusTone(string status) => status switch
    {
        "recognised" => Tone.Success,
        "returned" or "expired" => Tone.Warning,
        "rejected" or "revoked" => Tone.Danger,
        _ => Tone.Info,
    };
}
