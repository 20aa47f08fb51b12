using Yiwang.Cultivation.Domain;
using Yiwang.Cultivation.Domain.Evaluation;
using Yiwang.Cultivation.Domain.Facts;
using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Kernel.Text;
using Yiwang.Rules.Facts;
using Yiwang.Rules.RuleSets;

namespace Yiwang.Cultivation.Features.EvaluateTier;

/// <summary>Validates, picks the rule set and tier, and evaluates; the API and the batch both come through here.</summary>
internal static class EvaluateTierHandler
{
    // China has kept UTC+8 without daylight saving since 1991, so a fixed offset gives the legal date.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);

    public static (TierEvaluation? Result, Dictionary<string, Bilingual> Errors) Handle(EvaluateTierRequest request, TimeProvider time)
    {
        var errors = new Dictionary<string, Bilingual>(StringComparer.Ordinal);
        var date = request.EvaluationDate ?? Today(time);
        var (set, chosenBy) = RuleSetChoice.Choose(request.RuleSet, date);
        if (set is null)
        {
            if (chosenBy == RuleSetChoice.Explicit)
            {
                var ids = string.Join(", ", CultivationRuleSetCatalog.All.Select(s => s.Id));
                errors["ruleSet"] = new($"未知的规则集，可选：{ids}", $"unknown rule set; choose one of: {ids}");
            }
            else
            {
                errors["evaluationDate"] = new($"{date:yyyy-MM-dd} 没有有效的规则集（最早自 2022-08-01）", $"no rule set in force on {date:yyyy-MM-dd} (the first took effect on 2022-08-01)");
            }
        }

        var tier = set is null ? null : FindTier(set, request.Tier, errors);
        FactValues? facts = null;
        if (request.Facts is null) errors["facts"] = new("企业数据不能为空", "facts are required");
        else
        {
            (facts, var unreadable) = CultivationFacts.From(request.Facts);
            foreach (var (field, message) in unreadable.Concat(FactValidator.Validate(facts))) errors.TryAdd("facts." + field, message);
        }

        if (errors.Count > 0 || set is null || tier is null) return (null, errors);
        return (TierEvaluator.Evaluate(set, tier, facts!, date, chosenBy), errors);
    }

    private static Target? FindTier(CultivationRuleSet set, string? id, Dictionary<string, Bilingual> errors)
    {
        var tiers = string.Join(", ", set.Tiers.Select(t => t.Id));
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["tier"] = new($"必须指定层级：{tiers}", $"the tier is required: {tiers}");
            return null;
        }

        var tier = set.FindTier(id.Trim());
        if (tier is null) errors["tier"] = new($"规则集 {set.Id} 中没有此层级，可选：{tiers}", $"rule set {set.Id} has no such tier; choose one of: {tiers}");
        return tier;
    }
}
