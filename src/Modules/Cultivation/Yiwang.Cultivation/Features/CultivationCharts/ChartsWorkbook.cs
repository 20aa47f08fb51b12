using System.Globalization;
using MiniExcelLibs;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <summary>The digital-level city aggregates as an .xlsx workbook (aggregates only, no enterprise data), bilingual headers.</summary>
internal static class ChartsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly string[] SheetNames = ["按城市 ByCity", "逐年进展 Progress", "说明 About"];

    public static byte[] Write(DigitalLevelCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var sheets = new Dictionary<string, object>
        {
            [SheetNames[0]] = Table(counts.ByCity, "城市代码 City code", "城市 City"),
            [SheetNames[1]] = Table(counts.Progress, "年份 Year", "截至 As of"),
            [SheetNames[2]] = new List<Dictionary<string, object?>>
            {
                About("范围 Scope", $"{counts.Region} {counts.RegionName}"),
                About("城市 City (progress)", counts.City ?? "—"),
                About("统计日 As of", counts.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                About("口径 Basis", "每家企业按截至该日最近一次评测计一次 / each enterprise once, at its latest assessment up to that day"),
                About("指标 Index", "中小企业数字化水平评测指标（2024年版）"),
            },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Table(IReadOnlyList<LevelRow> rows, string keyHeader, string nameHeader) =>
        [.. rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { [keyHeader] = r.Key, [nameHeader] = r.Name, ["企业数 Enterprises"] = r.Total };
            for (var level = 0; level < r.Levels.Count; level++)
                row[$"{DigitalLevelAggregates.LevelNames[level].Zh} {DigitalLevelAggregates.LevelNames[level].En}"] = r.Levels[level];
            row["二级及以上占比 Share level 2+"] = r.ShareLevelTwoOrAbove;
            return row;
        })];

    private static Dictionary<string, object?> About(string item, string value) => new() { ["项目 Item"] = item, ["内容 Value"] = value };
}
