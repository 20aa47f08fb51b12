using System.Globalization;
using Yiwang.Kernel.Codes;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>
/// Turns a fast result back into the comparisons that decided it, in plain words, citing the row and the document:
/// "从业人员 250 人，低于中型企业标准 300 人" — the lines the self-test and profile pages show and the API returns as evidence.
/// </summary>
internal static class SizeExplainer
{
    public static SizeClassification Explain(SizeRuleSet set, string code, SizeFigures figures, FastSizeClassification fast)
    {
        var lines = new List<ExplanationLine>();
        var row = fast.RowIndex >= 0 ? set.Rows[fast.RowIndex] : null;
        var (industryZh, industryEn) = IndustryName(code);
        switch (fast.Outcome)
        {
            case SizeOutcome.TooCoarse:
                lines.Add(new($"行业代码“{code}”过粗：其下属行业分属不同的划型行业（或部分不在划型范围），无法确定适用哪一行；请选择更细的行业（中类或小类）。依据《{set.NameZh}》",
                    $"The industry code '{code}' is too coarse: the industries under it fall in different rows (or partly outside the scope), so no row can be chosen; pick a finer industry (a group or class). Rule set: {set.NameEn}"));
                break;
            case SizeOutcome.InvalidIndustryCode:
                lines.Add(new($"“{code}”不是有效的国民经济行业分类（GB/T 4754-2017）代码", $"'{code}' is not an industry code of GB/T 4754-2017"));
                break;
            case SizeOutcome.NotCovered:
                var reason = set.Lookup.NotCoveredReasons[fast.Detail];
                lines.Add(new($"{industryZh}不在《{set.NameZh}》的划型范围内：{reason.ReasonZh}", $"{industryEn} is outside the scope of {set.NameEn}: {reason.ReasonEn}"));
                break;
            default:
                var (namesZh, namesEn) = ComparisonText.Names(row!.Indicators);
                lines.Add(new($"{industryZh}适用“{row.NameZh}”的标准（{row.CitationZh}），按{namesZh}划分",
                    $"{industryEn} falls under the standard for '{row.NameEn}' ({row.CitationEn}), decided by {namesEn}"));
                AddFigures(lines, set, row, figures, fast);
                break;
        }

        EnterpriseSize? size = fast.Outcome == SizeOutcome.Classified ? fast.Size : null;
        return new SizeClassification(fast.Outcome, size, set.Id, code, row, figures,
            fast.Outcome is SizeOutcome.MissingIndicator or SizeOutcome.InvalidFigure ? (SizeIndicator)fast.Detail : SizeIndicator.None, lines);
    }

    private static void AddFigures(List<ExplanationLine> lines, SizeRuleSet set, SizeRuleRow row, SizeFigures figures, FastSizeClassification fast)
    {
        if (fast.Outcome is SizeOutcome.InvalidFigure or SizeOutcome.MissingIndicator)
        {
            var (zh, en) = ComparisonText.Names((SizeIndicator)fast.Detail);
            lines.Add(fast.Outcome == SizeOutcome.InvalidFigure
                ? new($"指标不能为负数：{zh}", $"Figures must not be negative: {en}")
                : new($"缺少本行业划型所需的指标：{zh}，无法划型", $"Missing a figure this industry is classified by: {en}; cannot classify"));
            return;
        }

        var sme = set.Profile == RuleSetProfile.SmeOnly;
        for (var tier = EnterpriseSize.Large; tier >= EnterpriseSize.Small; tier--)
        {
            var failed = set.Bounds.Failed(row.Index, (int)tier - 1, in figures);
            var ceiling = sme && tier == EnterpriseSize.Large;
            foreach (var indicator in ComparisonText.In(row.Indicators))
                lines.Add(Comparison(indicator, figures.Get(indicator)!.Value, row.Bounds(tier).Get(indicator)!.Value, tier, ceiling, (failed & indicator) == 0));

            if (tier == fast.Size)
            {
                lines.Add(ceiling ? new("达到全部中小企业上限", "Every SME ceiling is reached")
                    : row.Combinator == TierCombinator.All
                        ? new($"同时达到{tier.Noun().Zh}的全部标准（“且”）", $"Every standard of a {tier.Noun().En} is met (all are required)")
                        : new($"达到{tier.Noun().Zh}标准中的至少一项（“或”）", $"At least one standard of a {tier.Noun().En} is met (one is enough)"));
                break;
            }

            lines.Add(ceiling ? new("低于任一中小企业上限（“或”），属于中小微型企业", "Below at least one SME ceiling (one is enough): an SME")
                : row.Combinator == TierCombinator.All
                    ? new($"未同时达到{tier.Noun().Zh}的全部标准（“且”），下划一档", $"Not every standard of a {tier.Noun().En} is met (all are required), so one size down")
                    : new($"{tier.Noun().Zh}的标准一项也未达到（“或”），下划一档", $"No standard of a {tier.Noun().En} is met, so one size down"));
        }

        if (fast.Size == EnterpriseSize.Micro)
            lines.Add(new("低于小型企业的任一标准即为微型企业（“或”）", "Below any standard of a small enterprise is a micro enterprise (one is enough)"));

        lines.Add(sme && fast.Size == EnterpriseSize.Large
            ? new($"结论：不属于中小企业（{Cited(row.CitationZh, $"《{set.NameZh}》")}；300号只界定中型、小型、微型企业，本系统记为大型企业）",
                $"Result: not an SME ({Cited(row.CitationEn, set.NameEn + ", ")}; the document defines only medium-sized, small and micro enterprises, so it is shown as large)")
            : new($"结论：{fast.Size.Noun().Zh}，{(fast.Size == EnterpriseSize.Large ? "不属于中小企业" : "属于中小企业")}（依据{Cited(row.CitationZh, $"《{set.NameZh}》")}“{row.NameZh}”）",
                $"Result: a {fast.Size.Noun().En}, {(fast.Size == EnterpriseSize.Large ? "not an SME" : "an SME")} ({Cited(row.CitationEn, set.NameEn + ", ")}, '{row.NameEn}')"));
    }

    /// <summary>"从业人员 250 人，低于中型企业标准 300 人" / "Employees 250 is below the 300 a medium-sized enterprise needs".</summary>
    private static ExplanationLine Comparison(SizeIndicator indicator, decimal value, decimal bound, EnterpriseSize tier, bool ceiling, bool met)
    {
        var unitZh = indicator == SizeIndicator.Employees ? "人" : "万元";
        var unitEn = indicator == SizeIndicator.Employees ? string.Empty : " (10k yuan)";
        var (v, b) = (Number(value), Number(bound));
        var nameEn = char.ToUpperInvariant(indicator.NameEn()[0]) + indicator.NameEn()[1..];
        if (ceiling)
        {
            return new($"{indicator.NameZh()} {v} {unitZh}，{(met ? "达到" : "低于")}中小企业上限 {b} {unitZh}",
                $"{nameEn} {v}{unitEn} is {(met ? "at or above" : "below")} the SME ceiling of {b}{unitEn}");
        }

        return new($"{indicator.NameZh()} {v} {unitZh}，{(met ? "达到" : "低于")}{tier.Noun().Zh}标准 {b} {unitZh}",
            $"{nameEn} {v}{unitEn} {(met ? "reaches" : "is below")} the {b}{unitEn} a {tier.Noun().En} needs");
    }

    /// <summary>A row's citation, with the document's name in front unless the citation already names it.</summary>
    private static string Cited(string citation, string document) =>
        citation.Contains(document.Trim('《', '》', ',', ' '), StringComparison.Ordinal) ? citation : document + citation;

    private static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>"行业“水泥制造”" / "The industry 'Cement'": people know their industry by name; the code only when unknown.</summary>
    private static (string Zh, string En) IndustryName(string code) =>
        IndustryCode.TryParse(code, out var parsed, out _) && IndustryDirectory.Default.TryGet(parsed, out var info)
            ? ($"行业“{info.Name}”", $"The industry '{info.NameEn ?? info.Name}'")
            : ($"行业代码“{code}”", $"The industry code '{code}'");
}
