using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.MonthlyBrief;

/// <summary>
/// The brief as a Markdown document (for mail and wikis) or an .xlsx workbook (for further work), in the current UI
/// language: Chinese headers and labels by default, English with <c>?lang=en</c>; figures rounded to their unit.
/// </summary>
internal static class BriefFiles
{
    public static string Markdown(MonthlyBriefReport brief, IndicatorCatalogue catalogue)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Bilingual.T("指标月度简报", "Monthly indicators brief")} {brief.Month}").AppendLine();
        md.AppendLine(Bilingual.T("进度按该月月末已有的数据计算。", "Progress uses the data as they stood at the end of the month.")).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("本月数值", "Values for the month")}").AppendLine();
        if (brief.Values.Count == 0) md.AppendLine(Bilingual.T("本月没有全国数值。", "No national values for this month.")).AppendLine();
        else
        {
            md.AppendLine(Bilingual.T("| 指标 | 数值 | 单位 | 上期 | 来源 |", "| Indicator | Value | Unit | Previous | Source |")).AppendLine("|---|---:|---|---|---|");
            foreach (var v in brief.Values)
            {
                var indicator = catalogue.Find(v.Indicator)!;
                var previous = v.PreviousValue is { } p ? $"{IndicatorText.Value(indicator, p)} ({v.PreviousPeriod})" : "–";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(v.Name)} | {IndicatorText.Value(indicator, v.Value)} | {Cell(v.Unit)} | {previous} | {Cell(v.Source)} |");
            }

            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("有风险的目标", "Targets at risk")}").AppendLine();
        if (brief.AtRisk.Count == 0) md.AppendLine(Bilingual.T("无。", "None.")).AppendLine();
        foreach (var p in brief.AtRisk) md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(p.Name)}**: {Cell(p.Explanation)}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("目标进度", "Progress against targets")}").AppendLine();
        md.AppendLine(Bilingual.T("| 指标 | 目标 | 期限 | 状态 | 最新值 | 完成比例 |", "| Indicator | Target | Deadline | Status | Latest | Share reached |")).AppendLine("|---|---:|---|---|---|---:|");
        foreach (var p in brief.Progress)
        {
            var indicator = catalogue.Find(p.Indicator)!;
            var latest = p.LatestValue is { } l ? $"{IndicatorText.Value(indicator, l)} ({p.LatestPeriod})" : "–";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(p.Name)} | {IndicatorText.Goal(indicator, p.Target)} | {Figures.IsoDate(p.Deadline)} | {p.StatusName} | {latest} | {Share(p.ShareReached)} |");
        }

        return md.ToString();
    }

    public static byte[] Workbook(MonthlyBriefReport brief, IndicatorCatalogue catalogue)
    {
        var sheets = new Dictionary<string, object>
        {
            [Bilingual.T("本月数值", "values")] = brief.Values.Select(v => Values(v, catalogue.Find(v.Indicator)!)).ToList(),
            [Bilingual.T("目标进度", "progress")] = brief.Progress.Select(p => Progress(p, catalogue.Find(p.Indicator)!)).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Values(BriefValue v, Indicator indicator) => new()
    {
        [Bilingual.T("指标", "Indicator")] = v.Name,
        [Bilingual.T("数值", "Value")] = Round(v.Value, indicator),
        [Bilingual.T("单位", "Unit")] = v.Unit,
        [Bilingual.T("类型", "Kind")] = ObservationLabel(v.Status),
        [Bilingual.T("上期", "Previous month")] = v.PreviousPeriod,
        [Bilingual.T("上期数值", "Previous value")] = v.PreviousValue is { } p ? Round(p, indicator) : null,
        [Bilingual.T("版本", "Revision")] = v.Revision,
        [Bilingual.T("来源", "Source")] = v.Source,
        [Bilingual.T("指标代码", "Indicator code")] = v.Indicator,
    };

    private static Dictionary<string, object?> Progress(BriefProgress p, Indicator indicator) => new()
    {
        [Bilingual.T("指标", "Indicator")] = p.Name,
        [Bilingual.T("目标", "Target")] = Round(p.Target, indicator),
        [Bilingual.T("期限", "Deadline")] = Figures.IsoDate(p.Deadline),
        [Bilingual.T("状态", "Status")] = p.StatusName,
        [Bilingual.T("最新期别", "Latest month")] = p.LatestPeriod,
        [Bilingual.T("最新值", "Latest value")] = p.LatestValue is { } l ? Round(l, indicator) : null,
        [Bilingual.T("完成比例", "Share reached")] = Share(p.ShareReached),
        [Bilingual.T("依据文件", "Set by")] = p.Document,
        [Bilingual.T("说明", "Explanation")] = p.Explanation,
        [Bilingual.T("指标代码", "Indicator code")] = p.Indicator,
    };

    private static decimal Round(decimal value, Indicator indicator) => Math.Round(value, IndicatorText.Decimals(indicator), MidpointRounding.AwayFromZero);

    private static string Share(decimal? share) => share is { } s ? Figures.Share((double)s) : "–";

    private static string ObservationLabel(string status) => Data.ObservationMapping.ParseStatus(status) is { } s ? Labels.Of(s).Current : status;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
