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

    public static Tone StatusTone(string status) => status switch
    {
        "recognised" => Tone.Success,
        "returned" or "expired" => Tone.Warning,
        "rejected" or "revoked" => Tone.Danger,
        _ => Tone.Info,
    };
}
