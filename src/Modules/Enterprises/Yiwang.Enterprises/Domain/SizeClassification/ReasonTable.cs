namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Short reasons for every (row, size, indicators that missed the next tier) and every non-classified detail,
/// built once per rule set so the batch writer copies a string instead of formatting one per row.
/// </summary>
internal sealed class ReasonTable
{
    private const int Masks = 8;
    private readonly string[] zh;
    private readonly string[] en;
    private readonly Dictionary<(SizeOutcome, ushort), (string Zh, string En)> other = [];

    public ReasonTable(SizeRuleSet set)
    {
        zh = new string[set.Rows.Count * 4 * Masks];
        en = new string[zh.Length];
        foreach (var row in set.Rows)
        {
            for (var size = EnterpriseSize.Micro; size <= EnterpriseSize.Large; size++)
            {
                for (var mask = 0; mask < Masks; mask++)
                {
                    var (z, e) = Classified(set, row, size, (SizeIndicator)mask);
                    zh[Index(row.Index, size, mask)] = z;
                    en[Index(row.Index, size, mask)] = e;
                }
            }
        }

        other[(SizeOutcome.TooCoarse, 0)] = ("行业代码过粗，跨越多个行业行，请提供更细的代码", "industry code too coarse: it spans several rows; give a finer code");
        other[(SizeOutcome.InvalidIndustryCode, 0)] = ("行业代码无效", "invalid industry code");
        for (var i = 0; i < set.Lookup.NotCoveredReasons.Count; i++)
        {
            var r = set.Lookup.NotCoveredReasons[i];
            other[(SizeOutcome.NotCovered, (ushort)i)] = ("不在划型范围：" + r.ReasonZh, "not covered: " + r.ReasonEn);
        }

        for (var mask = 1; mask < Masks; mask++)
        {
            var (nz, ne) = ComparisonText.Names((SizeIndicator)mask);
            other[(SizeOutcome.MissingIndicator, (ushort)mask)] = ($"缺少指标：{nz}", $"missing indicator: {ne}");
            other[(SizeOutcome.InvalidFigure, (ushort)mask)] = ($"指标为负数：{nz}", $"negative figure: {ne}");
        }
    }

    public string Text(in FastSizeClassification result, bool english)
    {
        if (result.Outcome == SizeOutcome.Classified)
        {
            var i = Index(result.RowIndex, result.Size, result.Detail);
            return english ? en[i] : zh[i];
        }

        (string Zh, string En) pair = other.TryGetValue((result.Outcome, result.Detail), out var p) ? p : ("无法划型", "not classified");
        return english ? pair.En : pair.Zh;
    }

    private static int Index(int row, EnterpriseSize size, int mask) => (((row * 4) + (int)size) * Masks) + mask;

    private static (string Zh, string En) Classified(SizeRuleSet set, SizeRuleRow row, EnterpriseSize size, SizeIndicator missedAbove)
    {
        if (size == EnterpriseSize.Large)
        {
            var bounds = ComparisonText.In(row.Indicators).Select(i => ComparisonText.Bound(i, row.Large.Get(i)!.Value, "≥")).ToArray();
            return set.Profile == RuleSetProfile.SmeOnly
                ? ($"{string.Join("且", bounds.Select(b => b.Zh))}，不低于全部中小企业上限，不属于中小企业",
                    $"{string.Join(" and ", bounds.Select(b => b.En))}: at or above every SME ceiling, not an SME")
                : ($"{string.Join("且", bounds.Select(b => b.Zh))}（大型下限）", $"{string.Join(" and ", bounds.Select(b => b.En))} (large lower bounds)");
        }

        var above = size + 1;
        var relevant = missedAbove & row.Indicators;
        var missed = ComparisonText.In(relevant == SizeIndicator.None ? row.Indicators : relevant)
            .Select(i => ComparisonText.Bound(i, row.Bounds(above).Get(i)!.Value, "<")).ToArray();
        var joinZh = row.Combinator == TierCombinator.All ? "、" : "且";
        return ($"{string.Join(joinZh, missed.Select(m => m.Zh))}（{ComparisonText.TierZh(above)}下限）",
            $"{string.Join(row.Combinator == TierCombinator.All ? ", " : " and ", missed.Select(m => m.En))} ({ComparisonText.TierEn(above)} lower bound)");
    }
}
