using System.Text.Json;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Data;

internal static class IndicatorReader
{
    public static Indicator? Read(JsonElement e, Dictionary<string, Bilingual> units, string where, Action<string, string, string> error)
    {
        var code = e.Text("code");
        var unit = e.Text("unit");
        if (code is null || e.Text("nameZh") is not { } nameZh || e.Text("nameEn") is not { } nameEn)
        {
            error(where, "缺少代码或名称", "code or name is missing");
            return null;
        }

        if (unit is null || !units.TryGetValue(unit, out var unitName))
        {
            error(where, $"未知单位“{unit}”", $"unknown unit '{unit}'");
            return null;
        }

        var accumulation = e.Text("accumulation") switch
        {
            "stock" => Accumulation.Stock,
            "flow" => Accumulation.Flow,
            "year-to-date" => Accumulation.YearToDate,
            var other => (Accumulation?)null,
        };
        if (accumulation is null)
        {
            error(where, "累计方式应为 stock / flow / year-to-date", "accumulation must be stock, flow or year-to-date");
            return null;
        }

        var scopeChanges = new List<ScopeChange>();
        foreach (var change in e.Items("scopeChanges"))
        {
            if (Period.TryParse(change.Text("from"), out var from))
                scopeChanges.Add(new ScopeChange(from.Value, new Bilingual(change.Text("zh") ?? string.Empty, change.Text("en") ?? string.Empty)));
            else
                error(where, "口径变化的起始期别应为 YYYY-MM", "scope change 'from' must be YYYY-MM");
        }

        IndicatorFormula? formula = null;
        if (e.TryGetProperty("formula", out var f) && f.ValueKind == JsonValueKind.Object)
        {
            // ratio-percent: a share (× 100); ratio: × the given factor (10000 for per-10,000-people ratios).
            decimal? factor = f.Text("kind") switch
            {
                "ratio-percent" => 100m,
                "ratio" when f.TryGetProperty("factor", out var x) && x.ValueKind == JsonValueKind.Number && x.GetDecimal() > 0 => x.GetDecimal(),
                _ => null,
            };
            if (factor is { } k && f.Text("numerator") is { } numerator && f.Text("denominator") is { } denominator)
                formula = new IndicatorFormula(numerator, denominator, k);
            else
                error(where, "公式应为 ratio-percent，或带正数 factor 的 ratio（均需分子、分母）",
                    "formula must be kind 'ratio-percent', or 'ratio' with a positive factor, with numerator and denominator");
        }

        var area = e.Text("area");
        if (area is null || !IndicatorAreas.All.Contains(area))
        {
            error(where, "领域 area 应为 ict / green / sme / context", "area must be ict, green, sme or context");
            return null;
        }

        return new Indicator(code, new Bilingual(nameZh, nameEn), unit, unitName,
            new Bilingual(e.Text("definitionZh") ?? string.Empty, e.Text("definitionEn") ?? string.Empty),
            e.Text("periodicity") ?? "irregular", accumulation.Value, e.Text("department") ?? string.Empty, e.Text("source") ?? string.Empty,
            scopeChanges, formula, area);
    }
}
