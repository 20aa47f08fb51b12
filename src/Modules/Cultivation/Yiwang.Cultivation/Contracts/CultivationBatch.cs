using Yiwang.Cultivation.Domain.RuleSets;
using Yiwang.Cultivation.Features.BatchEvaluate;

namespace Yiwang.Cultivation.Contracts;

/// <summary>The batch evaluation the <c>yiwang evaluate</c> command runs.</summary>
public static class CultivationBatch
{
    public static IReadOnlyList<string> RuleSetIds => CultivationRuleSetCatalog.All.Select(s => s.Id).ToList();

    public static IReadOnlyList<string> TierIds => CultivationRuleSetCatalog.All.SelectMany(s => s.Tiers).Select(t => t.Id).Distinct().ToList();

    public static CultivationBatchSummary Run(CultivationBatchRequest request, TimeProvider? time = null) =>
        BatchEvaluator.Run(request ?? throw new ArgumentNullException(nameof(request)), time ?? TimeProvider.System);
}
