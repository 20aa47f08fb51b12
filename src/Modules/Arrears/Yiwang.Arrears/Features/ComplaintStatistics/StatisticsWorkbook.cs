using MiniExcelLibs;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// The dashboard as an .xlsx workbook: one sheet per table, aggregates only (no case data). Headers, labels and region
/// names are Chinese by default and English when asked (<c>?lang=en</c>); amounts are yuan to the fen, days to one
/// decimal; text cells cannot start a formula.
/// </summary>
internal static class StatisticsWorkbook
{
    public static IReadOnlyList<string> SheetNames(bool english) => english
        ? ["Summary", "By status", "By province", "By sub-region", "By respondent type", "Durations", "Monthly"]
        : ["概览", "按状态", "按省份", "按下级地区", "按被投诉人类型", "办理时长", "月度趋势"];

    public static byte[] Write(ComplaintStatistics s, bool english)
    {
        ArgumentNullException.ThrowIfNull(s);
        string L(string zh, string en) => english ? en : zh;
        var names = SheetNames(english);
        var sheets = new Dictionary<string, object>
        {
            [names[0]] = Summary(s, english, L),
            [names[1]] = Table(s.ByStatus, r => english ? r.LabelEn : r.LabelZh, L("状态", "Status"), L),
            [names[2]] = Table(s.ByProvince, r => Region(r.Key, english), L("省份", "Province"), L),
            [names[3]] = Table(s.BySubRegion, r => Region(r.Key, english), L("地区", "Region"), L),
            [names[4]] = Table(s.ByRespondentType, r => english ? r.LabelEn : r.LabelZh, L("被投诉人类型", "Respondent type"), L),
            [names[5]] = Durations(s, L),
            [names[6]] = s.Monthly.Select(m => new Dictionary<string, object?>
            {
                [L("月份", "Month")] = m.Month, [L("新立案（件）", "Filed (cases)")] = m.Filed, [L("办结（件）", "Concluded (cases)")] = m.Closed,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Summary(ComplaintStatistics s, bool english, Func<string, string, string> l) =>
    [
        Item(l, l("地区", "Region"), Safe(Region(s.Region, english))),
        Item(l, l("统计日", "As of"), Iso(s.Today)),
        Item(l, l("提交日期自", "Submitted from"), Iso(s.From)),
        Item(l, l("提交日期至", "Submitted to"), Iso(s.To)),
        Item(l, l("案件数（件）", "Cases"), s.Total),
        Item(l, l("投诉金额（元）", "Claimed (yuan)"), Yuan(s.ClaimedYuan)),
        Item(l, l("已追回金额（元）", "Recovered (yuan)"), Yuan(s.RecoveredYuan)),
        Item(l, l("法定期限已届满（件）", "Past a statutory deadline (cases)"), s.OverdueCases),
        Item(l, l("两个工作日内到期（件）", "Due within two working days (cases)"), s.DueSoonCases),
    ];

    private static Dictionary<string, object?> Item(Func<string, string, string> l, string name, object? value) =>
        new() { [l("项目", "Item")] = name, [l("数值", "Value")] = value };

    private static List<Dictionary<string, object?>> Table(IReadOnlyList<StatRow> rows, Func<StatRow, string> name, string header, Func<string, string, string> l) =>
        [.. rows.Select(r => new Dictionary<string, object?>
        {
            [header] = Safe(name(r)), [l("案件数（件）", "Cases")] = r.Count,
            [l("投诉金额（元）", "Claimed (yuan)")] = Yuan(r.ClaimedYuan), [l("已追回（元）", "Recovered (yuan)")] = Yuan(r.RecoveredYuan),
        })];

    private static List<Dictionary<string, object?>> Durations(ComplaintStatistics s, Func<string, string, string> l) =>
    [
        Duration(l, l("受理用时：提交→受理", "Acceptance: submitted → accepted"), s.Acceptance),
        Duration(l, l("处理用时：转交→处理结果", "Handling: forwarded → result"), s.Handling),
    ];

    private static Dictionary<string, object?> Duration(Func<string, string, string> l, string name, DurationStat d) => new()
    {
        [l("指标", "Measure")] = name, [l("案件数（件）", "Cases")] = d.Cases,
        [l("中位数（自然日）", "Median (calendar days)")] = Days(d.MedianDays), [l("平均（自然日）", "Mean (calendar days)")] = Days(d.AverageDays),
    };

    /// <summary>
    /// Region names in the workbook's language ("全国" / "National"), not the page's: the names come from the directory in
    /// the current UI language, so it is set for the lookup.
    /// </summary>
    private static string Region(string code, bool english)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(english ? "en" : "zh-CN");
            return RegionNames.Of(code);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    private static decimal Yuan(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static double? Days(double? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A spreadsheet reads text starting with = + - @ (or a tab or return) as a formula: such text is quoted.</summary>
    internal static string Safe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
