namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Turns a fast result back into the comparisons that decided it, citing the row and the document.</summary>
internal static class SizeExplainer
{
    public static SizeClassification Explain(SizeRuleSet set, string code, SizeFigures figures, FastSizeClassification fast)
    {
        var lines = new List<ExplanationLine>();
        var row = fast.RowIndex >= 0 ? set.Rows[fast.RowIndex] : null;
        var document = new ExplanationLine($"《{set.NameZh}》（{set.Id}）", $"{set.NameEn} ({set.Id})");
        switch (fast.Outcome)
        {
            case SizeOutcome.TooCoarse:
                lines.Add(new($"行业代码“{code}”过粗：其下属代码分属不同行业行或部分不在划型范围，无法确定适用哪一行；请提供更细的代码（中类或小类）。依据{document.Zh}",
                    $"Industry code '{code}' is too coarse: its sub-codes fall in different rows (or partly outside the scope), so no row can be chosen; give a finer 3- or 4-digit code. Rule set: {document.En}"));
                break;
            case SizeOutcome.InvalidIndustryCode:
                lines.Add(new($"行业代码“{code}”不是有效的GB/T 4754-2017代码", $"'{code}' is not a GB/T 4754-2017 industry code"));
                break;
            case SizeOutcome.NotCovered:
                var reason = set.Lookup.NotCoveredReasons[fast.Detail];
                lines.Add(new($"行业代码“{code}”不在{document.Zh}的划型范围：{reason.ReasonZh}",
                    $"Industry code '{code}' is outside the scope of {document.En}: {reason.ReasonEn}"));
                break;
            default:
                lines.Add(new($"行业代码“{code}”适用“{row!.NameZh}”行（{row.CitationZh}），使用指标：{ComparisonText.Names(row.Indicators).Zh}",
                    $"Industry code '{code}' falls in row '{row.NameEn}' ({row.CitationEn}); indicators used: {ComparisonText.Names(row.Indicators).En}"));
                AddFigures(lines, set, row, figures, fast);
                break;
        }

        EnterpriseSize? size = fast.Outcome == SizeOutcome.Classified ? fast.Size : null;
        return new SizeClassification(fast.Outcome, size, set.Id, code, row, figures,
            fast.Outcome is SizeOutcome.MissingIndicator or SizeOutcome.InvalidFigure ? (SizeIndicator)fast.Detail : SizeIndicator.None, lines);
    }

    private static void AddFigures(List<ExplanationLine> lines, SizeRuleSet set, SizeRuleRow row, SizeFigures figures, FastSizeClassification fast)
    {
        if (fast.Outcome == SizeOutcome.InvalidFigure)
        {
            var (zh, en) = ComparisonText.Names((SizeIndicator)fast.Detail);
            lines.Add(new($"指标不能为负数：{zh}", $"Figures must not be negative: {en}"));
            return;
        }

        if (fast.Outcome == SizeOutcome.MissingIndicator)
        {
            var (zh, en) = ComparisonText.Names((SizeIndicator)fast.Detail);
            lines.Add(new($"缺少本行所需指标：{zh}，无法划型", $"Missing indicator needed by this row: {en}; cannot classify"));
            return;
        }

        var sme = set.Profile == RuleSetProfile.SmeOnly;
        for (var tier = EnterpriseSize.Large; tier >= EnterpriseSize.Small; tier--)
        {
            var failed = set.Bounds.Failed(row.Index, (int)tier - 1, in figures);
            foreach (var indicator in ComparisonText.In(row.Indicators))
            {
                var (zh, en) = ComparisonText.Compare(indicator, figures.Get(indicator)!.Value, row.Bounds(tier).Get(indicator)!.Value);
                var bad = (failed & indicator) != 0;
                lines.Add(sme && tier == EnterpriseSize.Large
                    ? new($"{zh}（中小企业上限）{(bad ? "，低于上限" : string.Empty)}", $"{en} (SME ceiling){(bad ? ": below the ceiling" : string.Empty)}")
                    : new($"{zh}（{tier.NameZh()}下限）{(bad ? $"，不满足{tier.NameZh()}" : string.Empty)}",
                        $"{en} ({tier.Code()} lower bound){(bad ? $": not {tier.Code()}" : string.Empty)}"));
            }

            if (tier == fast.Size)
            {
                lines.Add(Verdict(row, tier, sme));
                break;
            }

            lines.Add(sme && tier == EnterpriseSize.Large
                ? new("低于任一中小企业上限（“或”），属于中小微型企业", "Below at least one SME ceiling (OR): an SME")
                : row.Combinator == TierCombinator.All
                    ? new($"未同时满足{tier.NameZh()}全部下限（“且”），下划一档", $"Not every {tier.Code()} lower bound is met (AND): drops one tier")
                    : new($"未满足{tier.NameZh()}任一下限（“或”），下划一档", $"No {tier.Code()} lower bound is met (OR): drops one tier"));
        }

        if (fast.Size == EnterpriseSize.Micro)
        {
            lines.Add(new("低于小型下限之一即为微型（“或”）", "Below a small-tier lower bound is micro (OR)"));
        }

        lines.Add(sme && fast.Size == EnterpriseSize.Large
            ? new($"结论：不属于中小企业（{set.NameZh} {row.CitationZh}；300号只界定中型、小型、微型企业，系统报告为 large）",
                $"Result: not an SME ({set.NameEn}, {row.CitationEn}; the document defines only medium, small and micro enterprises; reported as large)")
            : new($"结论：{fast.Size.NameZh()}企业（依据《{set.NameZh}》{row.CitationZh}“{row.NameZh}”）",
                $"Result: {fast.Size.Code()} ({set.NameEn}, {row.CitationEn}, row '{row.NameEn}')"));
    }

    private static ExplanationLine Verdict(SizeRuleRow row, EnterpriseSize tier, bool sme) =>
        sme && tier == EnterpriseSize.Large
            ? new("不低于全部中小企业上限", "At or above every SME ceiling")
            : row.Combinator == TierCombinator.All
                ? new($"满足{tier.NameZh()}全部下限（“且”）", $"Every {tier.Code()} lower bound is met (AND)")
                : new($"满足{tier.NameZh()}至少一项下限（“或”）", $"At least one {tier.Code()} lower bound is met (OR)");
}
