using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Evaluates a rule set: from the top tier down, a tier is reached when its bounds combine to true
/// (且 = all met, the 300号/NBS rule); otherwise the enterprise drops one tier (下划一档); below 小型 is 微型.
/// </summary>
internal static class SizeClassifier
{
    /// <summary>Classify with a full explanation (for the web, audit records and single look-ups).</summary>
    public static SizeClassification Classify(SizeRuleSet set, IndustryCode industry, SizeFigures figures)
    {
        ArgumentNullException.ThrowIfNull(set);
        var resolution = set.Lookup.Resolve(industry.Value);
        var fast = resolution >= 0 ? ClassifyRow(set, resolution, in figures) : Unresolved(resolution);
        return SizeExplainer.Explain(set, industry.Value, figures, fast);
    }

    /// <summary>
    /// The batch path: no allocation, the industry text resolved by table lookup. Use
    /// <see cref="SizeRuleSet.Reasons"/> for a short pre-built reason text.
    /// </summary>
    public static FastSizeClassification ClassifyFast(SizeRuleSet set, ReadOnlySpan<char> industryCode, in SizeFigures figures)
    {
        var resolution = set.Lookup.Resolve(industryCode);
        return resolution >= 0 ? ClassifyRow(set, resolution, in figures) : Unresolved(resolution);
    }

    /// <summary>Classify against an already-resolved row (see <see cref="IndustryRowLookup.Resolve"/>).</summary>
    public static FastSizeClassification ClassifyRow(SizeRuleSet set, short row, in SizeFigures f)
    {
        var bounds = set.Bounds;
        var used = bounds.Indicators(row);
        var negative = SizeIndicator.None;
        if (f.Employees < 0) negative |= SizeIndicator.Employees;
        if (f.RevenueTenThousandYuan < 0m) negative |= SizeIndicator.RevenueTenThousandYuan;
        if (f.TotalAssetsTenThousandYuan < 0m) negative |= SizeIndicator.TotalAssetsTenThousandYuan;
        if (negative != SizeIndicator.None) return new(SizeOutcome.InvalidFigure, default, row, (ushort)negative);

        var missing = SizeIndicator.None;
        if ((used & SizeIndicator.Employees) != 0 && f.Employees is null) missing |= SizeIndicator.Employees;
        if ((used & SizeIndicator.RevenueTenThousandYuan) != 0 && f.RevenueTenThousandYuan is null) missing |= SizeIndicator.RevenueTenThousandYuan;
        if ((used & SizeIndicator.TotalAssetsTenThousandYuan) != 0 && f.TotalAssetsTenThousandYuan is null) missing |= SizeIndicator.TotalAssetsTenThousandYuan;
        if (missing != SizeIndicator.None) return new(SizeOutcome.MissingIndicator, default, row, (ushort)missing);

        var all = bounds.Combinator(row) == TierCombinator.All;
        var missedAbove = SizeIndicator.None;
        for (var tier = 2; tier >= 0; tier--)
        {
            var failed = bounds.Failed(row, tier, in f);
            if (all ? failed == SizeIndicator.None : failed != used)
            {
                return new(SizeOutcome.Classified, (EnterpriseSize)(tier + 1), row, (ushort)missedAbove);
            }

            missedAbove = failed;
        }

        return new(SizeOutcome.Classified, EnterpriseSize.Micro, row, (ushort)missedAbove);
    }

    private static FastSizeClassification Unresolved(short resolution)
    {
        if (resolution == IndustryRowLookup.TooCoarse) return new(SizeOutcome.TooCoarse, default, -1, 0);
        if (IndustryRowLookup.IsNotCovered(resolution, out var reason)) return new(SizeOutcome.NotCovered, default, -1, (ushort)reason);
        return new(SizeOutcome.InvalidIndustryCode, default, -1, 0);
    }
}
