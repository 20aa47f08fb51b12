using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>The import file's columns as the page explains them: header names in both spellings, whether required, what goes in.</summary>
internal sealed record ImportColumnHelp(string Column, Bilingual Name, string ChineseHeader, bool Required, Bilingual Content)
{
    public static IReadOnlyList<ImportColumnHelp> All { get; } =
    [
        new(ImportColumns.Indicator, new("指标代码", "Indicator code"), "指标代码", true,
            new("指标页网址末尾的代码，如 5g-base-stations", "the code at the end of the indicator page's address, e.g. 5g-base-stations")),
        new(ImportColumns.Region, new("地区代码", "Region code"), "地区代码", false,
            new("全国填 000000（可不填），省级填六位行政区划代码，如 330000", "000000 for national (may be left blank), or a province's six-digit code such as 330000")),
        new(ImportColumns.Period, new("期别", "Period"), "期别", true, new("如 2026-01、2026/1 或 2026年1月", "e.g. 2026-01, 2026/1 or 2026年1月")),
        new(ImportColumns.Value, new("数值", "Value"), "数值", true, new("按该指标的单位填写的数字，如 483.8", "a number in the indicator's unit, e.g. 483.8")),
        new(ImportColumns.Unit, new("单位", "Unit"), "单位", false, new("如填写，须与该指标的单位一致（如 万个）", "if given, it must match the indicator's unit (e.g. 万个)")),
        new(ImportColumns.Status, new("类型", "Kind"), "状态", false,
            new("reported（公布值，默认）、derived（推算值）或 estimated（预计值）", "reported (the default), derived or estimated")),
        new(ImportColumns.Source, new("来源", "Source"), "来源", true, new("发布该数值的文件或机构，如“2026年1月通信业经济运行情况”", "the document or body that published the value")),
        new(ImportColumns.Note, new("说明", "Note"), "说明", false, new("可选的备注", "an optional remark")),
    ];

    /// <summary>The column a row problem is in, named as the page names it ("单位"), not by the file's English header.</summary>
    public static string NameOf(string column) =>
        All.FirstOrDefault(c => c.Column == column)?.Name.Current ?? column switch
        {
            ImportColumns.Confidence => Bilingual.T("可信度", "Confidence"),
            ImportColumns.LowerBound => Bilingual.T("下限", "Lower bound"),
            _ => column,
        };
}
