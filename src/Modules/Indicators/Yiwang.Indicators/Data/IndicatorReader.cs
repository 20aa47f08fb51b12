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
            if (f.Text("kind") == "ratio-percent" && f.Text("numerator") is { } numerator && f.Text("denominator") is { } denominator)
                formula = new IndicatorFormula(numerator, denominator);
            else
                error(where, "公式仅支持 ratio-percent（分子、分母）", "formula must be kind 'ratio-percent' with numerator and denominator");
        }

        return new Indicator(code, new Bilingual(nameZh, nameEn), unit, unitName,
            new Bilingual(e.Text("definitionZh") ?? string.Empty, e.Text("definitionEn") ?? string.Empty),
            e.Text("periodicity") ?? "irregular", accumulation.Value, e.Text("department") ?? string.Empty, e.Text("source") ?? string.Empty,
            scopeChanges, formula);
    }
}
