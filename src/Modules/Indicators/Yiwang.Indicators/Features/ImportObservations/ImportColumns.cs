namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>
/// Header names the import understands: the English names of the CSV export (so an export can be edited and
/// re-imported) and the Chinese names statistics offices use. Unknown columns (period_end, …) are ignored.
/// </summary>
internal static class ImportColumns
{
    public const string Indicator = "indicator", Region = "region", Period = "period", Value = "value", Unit = "unit",
        Status = "status", Confidence = "confidence", Source = "source", Note = "note", LowerBound = "lower_bound";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["indicator"] = Indicator, ["indicator_code"] = Indicator, ["指标代码"] = Indicator, ["指标"] = Indicator,
        ["region"] = Region, ["region_code"] = Region, ["地区代码"] = Region, ["行政区划代码"] = Region, ["地区"] = Region,
        ["period"] = Period, ["期别"] = Period, ["月份"] = Period, ["统计期"] = Period,
        ["value"] = Value, ["数值"] = Value, ["值"] = Value,
        ["unit"] = Unit, ["单位"] = Unit,
        ["status"] = Status, ["状态"] = Status,
        ["confidence"] = Confidence, ["可信度"] = Confidence,
        ["source"] = Source, ["来源"] = Source,
        ["note"] = Note, ["说明"] = Note, ["备注"] = Note,
        ["lower_bound"] = LowerBound, ["下限"] = LowerBound,
    };

    public static readonly IReadOnlyList<string> Required = [Indicator, Period, Value, Source];

    /// <summary>Canonical name per file column (null: ignored), or the missing required columns.</summary>
    public static string?[] Map(IReadOnlyList<string> header, out IReadOnlyList<string> missing)
    {
        var map = header.Select(h => Aliases.GetValueOrDefault(h.Trim().TrimStart('\uFEFF'))).ToArray();
        missing = [.. Required.Where(r => !map.Contains(r))];
        return map;
    }
}
