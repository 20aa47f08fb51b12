using System.Globalization;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Validates one industry row of a rule-set file, recording every problem; null when the row cannot be built.</summary>
internal static class RuleSetRowBuilder
{
    public static SizeRuleRow? Build(RowFile r, TierCombinator defaultCombinator, RuleSetProblems p)
    {
        var at = r.Path;
        var id = SizeRuleSetLoader.Required(r.Id, $"{at}.id", p);
        var nameZh = SizeRuleSetLoader.Required(r.NameZh, $"{at}.nameZh", p);
        var nameEn = SizeRuleSetLoader.Required(r.NameEn, $"{at}.nameEn", p);
        var citationZh = SizeRuleSetLoader.Required(r.CitationZh, $"{at}.citationZh", p);
        var citationEn = SizeRuleSetLoader.Required(r.CitationEn, $"{at}.citationEn", p);

        List<string> include = [], exclude = [];
        if (r.IndustryCodes is null) p.Add($"{at}.industryCodes", "缺少本行包含的行业代码（industryCodes.include）", "the codes the row covers (industryCodes.include) are missing");
        else
        {
            include = SizeRuleSetLoader.Codes(r.IndustryCodes.Include ?? [], $"{at}.industryCodes.include", p);
            exclude = SizeRuleSetLoader.Codes(r.IndustryCodes.Exclude ?? [], $"{at}.industryCodes.exclude", p);
            if ((r.IndustryCodes.Include ?? []).Count == 0) p.Add($"{at}.industryCodes.include", "请至少写一个行业代码", "at least one industry code is required");
        }

        var indicators = Indicators(r, at, p);
        var combinator = r.Tiers is null ? defaultCombinator : SizeRuleSetLoader.ParseCombinator(r.Tiers, $"{at}.tiers", p);
        if (r.Thresholds is null)
        {
            p.Add($"{at}.thresholds", "缺少各档下限（thresholds 的 large、medium、small）", "the tier bounds (thresholds: large, medium, small) are missing");
            return null;
        }

        var large = Tier(r.Thresholds.Large, indicators, $"{at}.thresholds.large", p);
        var medium = Tier(r.Thresholds.Medium, indicators, $"{at}.thresholds.medium", p);
        var small = Tier(r.Thresholds.Small, indicators, $"{at}.thresholds.small", p);
        if (large is not null && medium is not null && small is not null) CheckRising(small, medium, large, indicators, $"{at}.thresholds", p);
        if (id is null || nameZh is null || nameEn is null || citationZh is null || citationEn is null || indicators == SizeIndicator.None
            || combinator is null || large is null || medium is null || small is null)
        {
            return null;
        }

        return new SizeRuleRow(r.Index, id, nameZh, nameEn, citationZh, citationEn, include, exclude, indicators, combinator.Value, large, medium, small);
    }

    private static SizeIndicator Indicators(RowFile r, string at, RuleSetProblems p)
    {
        var indicators = SizeIndicator.None;
        foreach (var name in r.Indicators ?? [])
        {
            if (SizeIndicatorText.FromJsonName(name) is { } indicator) indicators |= indicator;
            else p.Add($"{at}.indicators", $"“{name}”不是指标名，{SizeRuleSetLoader.IndicatorNames.Zh}", $"'{name}' is not an indicator; {SizeRuleSetLoader.IndicatorNames.En}");
        }

        if (indicators == SizeIndicator.None && (r.Indicators ?? []).Count == 0)
            p.Add($"{at}.indicators", "请至少写一个指标（如 employees）", "at least one indicator is required (e.g. employees)");
        return indicators;
    }

    // Monotonic: 中型上限即为大型下限 (300号 item 7), so each tier's bound must be above the one below it.
    private static void CheckRising(TierBounds small, TierBounds medium, TierBounds large, SizeIndicator indicators, string at, RuleSetProblems p)
    {
        foreach (var indicator in SizeIndicatorText.All.Where(i => (indicators & i) != 0))
        {
            var (s, m, l) = (small.Get(indicator), medium.Get(indicator), large.Get(indicator));
            if (s is null || m is null || l is null || (s < m && m < l)) continue;
            var values = string.Join("、", new[] { s, m, l }.Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)));
            p.Add(at, $"{indicator.NameZh()}的下限须从小型、中型到大型逐级提高（现为 {values}）",
                $"{indicator.JsonName()} must rise strictly from small to medium to large (got {values.Replace("、", ", ", StringComparison.Ordinal)})");
        }
    }

    private static TierBounds? Tier(Dictionary<string, decimal>? bounds, SizeIndicator indicators, string at, RuleSetProblems p)
    {
        if (bounds is null)
        {
            p.Add(at, "缺少这一档的下限", "the bounds of this tier are missing");
            return null;
        }

        var ok = true;
        foreach (var (name, value) in bounds)
        {
            var indicator = SizeIndicatorText.FromJsonName(name);
            if (indicator is null)
            {
                p.Add($"{at}.{name}", $"“{name}”不是指标名，{SizeRuleSetLoader.IndicatorNames.Zh}", $"'{name}' is not an indicator; {SizeRuleSetLoader.IndicatorNames.En}");
                ok = false;
            }
            else if ((indicators & indicator.Value) == 0)
            {
                p.Add($"{at}.{name}", "本行的 indicators 中没有这个指标：请删去此下限，或把指标加入 indicators", "the row does not list this indicator: remove the bound or add the indicator to indicators");
                ok = false;
            }
            else if (value < 0)
            {
                p.Add($"{at}.{name}", "下限不能为负数", "must not be negative");
                ok = false;
            }
            else if (indicator == SizeIndicator.Employees && (value != decimal.Truncate(value) || value > int.MaxValue))
            {
                p.Add($"{at}.{name}", "从业人员下限应为整数", "must be a whole number of people");
                ok = false;
            }
        }

        foreach (var indicator in SizeIndicatorText.All.Where(i => (indicators & i) != 0 && !bounds.ContainsKey(i.JsonName())))
        {
            if (!p.HasProblemAt($"{at}.{indicator.JsonName()}")) p.Add($"{at}.{indicator.JsonName()}", $"缺少{indicator.NameZh()}的下限", "missing");
            ok = false;
        }

        decimal? Get(SizeIndicator i) => (indicators & i) != 0 && bounds.TryGetValue(i.JsonName(), out var v) ? v : null;
        return ok ? new TierBounds((int?)Get(SizeIndicator.Employees), Get(SizeIndicator.RevenueTenThousandYuan), Get(SizeIndicator.TotalAssetsTenThousandYuan)) : null;
    }
}
