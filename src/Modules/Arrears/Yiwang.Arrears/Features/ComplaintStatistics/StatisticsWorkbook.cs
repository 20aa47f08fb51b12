using MiniExcelLibs;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>The dashboard as an .xlsx workbook: one sheet per table, bilingual headers, aggregates only (no case data).</summary>
internal static class StatisticsWorkbook
{
    public static readonly string[] SheetNames = ["概览 Summary", "按状态 ByStatus", "按省份 ByProvince", "按下级地区 BySubRegion",
        "按被投诉人类型 ByRespondentType", "办理时长 Durations", "月度趋势 Monthly"];

    public static byte[] Write(ComplaintStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sheets = new Dictionary<string, object>
        {
            [SheetNames[0]] = Summary(s),
            [SheetNames[1]] = Table(s.ByStatus),
            [SheetNames[2]] = Table(s.ByProvince),
            [SheetNames[3]] = Table(s.BySubRegion),
            [SheetNames[4]] = Table(s.ByRespondentType),
            [SheetNames[5]] = Durations(s),
            [SheetNames[6]] = s.Monthly.Select(m => new Dictionary<string, object?>
            {
                ["月份 Month"] = m.Month, ["新立案 Filed"] = m.Filed, ["办结 Closed"] = m.Closed,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Summary(ComplaintStatistics s) =>
    [
        Item("地区 Region", $"{s.Region} {s.RegionName}"),
        Item("统计日 As of", s.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        Item("提交日期自 Submitted from", s.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        Item("提交日期至 Submitted to", s.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        Item("案件数 Cases", s.Total),
        Item("投诉金额（元）Claimed (yuan)", s.ClaimedYuan),
        Item("已追回金额（元）Recovered (yuan)", s.RecoveredYuan),
        Item("已逾期案件 Overdue cases", s.OverdueCases),
        Item("即将到期案件 Due-soon cases", s.DueSoonCases),
    ];

    private static Dictionary<string, object?> Item(string name, object? value) => new() { ["项目 Item"] = name, ["数值 Value"] = value };

    private static List<Dictionary<string, object?>> Table(IReadOnlyList<StatRow> rows) =>
        [.. rows.Select(r => new Dictionary<string, object?>
        {
            ["代码 Key"] = r.Key, ["名称"] = r.LabelZh, ["Name"] = r.LabelEn, ["案件数 Cases"] = r.Count,
            ["投诉金额（元）Claimed (yuan)"] = r.ClaimedYuan, ["已追回（元）Recovered (yuan)"] = r.RecoveredYuan,
        })];

    private static List<Dictionary<string, object?>> Durations(ComplaintStatistics s) =>
    [
        Duration("受理用时：提交→受理（自然日）Acceptance: submitted→accepted (calendar days)", s.Acceptance),
        Duration("处理用时：转交→处理结果（自然日）Handling: forwarded→result (calendar days)", s.Handling),
    ];

    private static Dictionary<string, object?> Duration(string name, DurationStat d) => new()
    {
        ["指标 Measure"] = name, ["案件数 Cases"] = d.Cases, ["中位数 Median"] = d.MedianDays, ["平均 Average"] = d.AverageDays,
    };
}
