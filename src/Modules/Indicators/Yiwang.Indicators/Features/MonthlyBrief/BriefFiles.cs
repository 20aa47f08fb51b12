using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Yiwang.Indicators.Data;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.MonthlyBrief;

/// <summary>The brief as a Markdown document (for mail and wikis) or an .xlsx workbook (for further work).</summary>
internal static class BriefFiles
{
    public static string Markdown(MonthlyBriefReport brief)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Bilingual.T("指标月度简报", "Monthly indicators brief")} {brief.Month}").AppendLine();
        md.AppendLine(Bilingual.T("多数数值来自工信部发布的媒体转载，发布前请与 miit.gov.cn 核对。", "Most figures come from media reprints of MIIT releases: check them against miit.gov.cn before publishing.")).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("本月数值", "Values for the month")}").AppendLine();
        if (brief.Values.Count == 0) md.AppendLine(Bilingual.T("本月没有全国数值。", "No national values for this month.")).AppendLine();
        else
        {
            md.AppendLine(Bilingual.T("| 指标 | 数值 | 单位 | 上期 | 来源 |", "| Indicator | Value | Unit | Previous | Source |")).AppendLine("|---|---:|---|---|---|");
            foreach (var v in brief.Values)
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(v.Name)} | {CatalogueLoader.Format(v.Value)} | {Cell(v.Unit)} | {(v.PreviousValue is { } p ? $"{CatalogueLoader.Format(p)} ({v.PreviousPeriod})" : "–")} | {Cell(v.Source)} |");
            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("有风险的目标", "Targets at risk")}").AppendLine();
        if (brief.AtRisk.Count == 0) md.AppendLine(Bilingual.T("无。", "None.")).AppendLine();
        foreach (var p in brief.AtRisk) md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(p.Name)}**: {Cell(p.Explanation)}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {Bilingual.T("目标进度", "Progress against targets")}").AppendLine();
        md.AppendLine(Bilingual.T("| 指标 | 目标 | 期限 | 状态 | 最新值 | 完成比例 |", "| Indicator | Target | Deadline | Status | Latest | Share reached |")).AppendLine("|---|---:|---|---|---|---:|");
        foreach (var p in brief.Progress)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(p.Name)} | {CatalogueLoader.Format(p.Target)} | {p.Deadline:yyyy-MM-dd} | {p.StatusName} | {(p.LatestValue is { } l ? $"{CatalogueLoader.Format(l)} ({p.LatestPeriod})" : "–")} | {(p.ShareReached is { } s ? s.ToString("P1", CultureInfo.InvariantCulture) : "–")} |");
        return md.ToString();
    }

    public static byte[] Workbook(MonthlyBriefReport brief)
    {
        var sheets = new Dictionary<string, object>
        {
            ["values"] = brief.Values.Select(v => new Dictionary<string, object?>
            {
                ["indicator"] = v.Indicator, ["name"] = v.Name, ["value"] = v.Value, ["unit"] = v.Unit, ["status"] = v.Status,
                ["previous_period"] = v.PreviousPeriod, ["previous_value"] = v.PreviousValue, ["revision"] = v.Revision, ["source"] = v.Source,
            }).ToList(),
            ["progress"] = brief.Progress.Select(p => new Dictionary<string, object?>
            {
                ["indicator"] = p.Indicator, ["name"] = p.Name, ["target"] = p.Target, ["deadline"] = p.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["status"] = p.Status, ["latest_period"] = p.LatestPeriod, ["latest_value"] = p.LatestValue, ["share_reached"] = p.ShareReached,
                ["document"] = p.Document, ["explanation"] = p.Explanation,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
