using System.Globalization;
using MiniExcelLibs;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.CultivationCharts;

/// <summary>
/// The digital-level city aggregates as an .xlsx workbook (aggregates only, no enterprise data): Chinese headers and
/// names by default, English with <c>?lang=en</c>; shares rounded to a tenth of a percent.
/// </summary>
internal static class ChartsWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IReadOnlyList<string> SheetNames(bool english) => english ? ["By city", "Progress", "About"] : ["按城市", "逐年进展", "说明"];

    public static byte[] Write(DigitalLevelCounts counts, bool english)
    {
        ArgumentNullException.ThrowIfNull(counts);
        string L(string zh, string en) => english ? en : zh;
        var names = SheetNames(english);
        var sheets = new Dictionary<string, object>
        {
            [names[0]] = Table(counts.ByCity, english, L("城市代码", "City code"), L("城市", "City")),
            [names[1]] = Table(counts.Progress, english, L("年份", "Year"), L("截至", "As of")),
            [names[2]] = new List<Dictionary<string, object?>>
            {
                About(english, L("范围", "Scope"), $"{counts.RegionName}（{counts.Region}）"),
                About(english, L("逐年进展的城市", "City of the progress sheet"), counts.City ?? "—"),
                About(english, L("统计日", "As of"), counts.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                About(english, L("口径", "Basis"), L("每家企业按截至该日最近一次评测计一次", "Each enterprise once, at its latest assessment up to that day")),
                About(english, L("指标", "Index"), L("中小企业数字化水平评测指标（2024年版）", "SME digital-level index (2024 edition)")),
            },
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Table(IReadOnlyList<LevelRow> rows, bool english, string keyHeader, string nameHeader) =>
        [.. rows.Select(r =>
        {
            var row = new Dictionary<string, object?> { [keyHeader] = r.Key, [nameHeader] = r.Name, [english ? "Enterprises" : "企业数"] = r.Total };
            for (var level = 0; level < r.Levels.Count; level++)
                row[english ? DigitalLevelAggregates.LevelNames[level].En : DigitalLevelAggregates.LevelNames[level].Zh] = r.Levels[level];
            row[english ? "Share at level 2 or above (%)" : "二级及以上占比（%）"] = Math.Round(r.ShareLevelTwoOrAbove * 100, 1);
            return row;
        })];

    private static Dictionary<string, object?> About(bool english, string item, string value) =>
        new() { [english ? "Item" : "项目"] = item, [english ? "Value" : "内容"] = value };
}
