using System.Globalization;
using System.Text;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// The GB/T 24067 report items as a CSV in sections (UTF-8 with BOM so Excel opens Chinese text correctly): functional
/// unit, boundary, totals with the fossil/biogenic split, stages, process contributions, methodology choices, factors.
/// </summary>
internal static class ReportCsv
{
    public static byte[] Write(FootprintRecord record, FootprintResult result)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(result);
        var template = TemplateCatalog.Find(record.TemplateId);
        var csv = new StringBuilder();
        void Row(params object?[] cells) => csv.AppendLine(string.Join(',', cells.Select(Cell)));
        Row("项目 Item", "值 Value");
        Row("产品 Product", record.ProductName);
        Row("企业 Company", $"{record.OwnerName} ({record.OwnerUscc})");
        Row("标准 Standard", template?.Standard ?? "GB/T 24067-2024");
        Row("声明单位 Declared unit", $"{result.DeclaredUnit.Zh} / {result.DeclaredUnit.En}");
        Row("系统边界 System boundary", result.Boundary);
        Row("核算年度 Reference year", record.ReferenceYear);
        Row("碳足迹 kg CO2e", result.TotalKgCo2e);
        Row("化石 Fossil kg CO2e", result.FossilKgCo2e);
        Row("生物源 Biogenic kg CO2e", result.BiogenicKgCo2e);
        Row("摇篮到大门 Cradle-to-gate kg CO2e", result.CradleToGateKgCo2e);
        Row(ReportWorkbook.BiogenicContentItem, record.BiogenicCarbonContentKgC is { } c ? c : "未申报 not declared");
        Row(ReportWorkbook.BiogenicWithdrawalItem, record.BiogenicCarbonContentKgC is { } w ? BiogenicCarbon.WithdrawalKgCo2e(w) : 0.0);
        Row("碳足迹类型 CFP type", $"{ReportItems.CfpKind(result.Boundary).Zh} {ReportItems.CfpKind(result.Boundary).En}");
        Row("一手数据占比 Primary data share", result.PrimaryDataShare);
        Row("特征化 Characterization", result.Characterization);
        var quality = FootprintHandler.ReadDataQuality(record, result);
        Row("数据质量评级 DQR (1 good - 3 poor)", quality.OverallDqr is { } dqr ? dqr : "未评估 not assessed");
        Row("数据质量覆盖 DQR coverage %", quality.CoveragePercent);
        if (result.Uncertainty is { } u)
        {
            Row("不确定性 P2.5 kg CO2e", u.P025);
            Row("不确定性 P97.5 kg CO2e", u.P975);
            Row("不确定性方法 Uncertainty method", u.Method);
        }

        Row("模板 Template", $"{result.TemplateId}@{result.TemplateVersion}");
        Row("因子库 Factor set", result.FactorSetVersion);
        if (template is not null)
        {
            Row("分配 Allocation", $"{template.Methodology.Allocation.Zh} {template.Methodology.Allocation.En}");
            Row("取舍 Cut-off", $"{template.Methodology.CutOff.Zh} {template.Methodology.CutOff.En}");
            Row("电力 Electricity", $"{template.Methodology.Electricity.Zh} {template.Methodology.Electricity.En}");
            Row("数据质量 Data quality", $"{template.Methodology.DataQuality.Zh} {template.Methodology.DataQuality.En}");
        }

        csv.AppendLine();
        Row("阶段 Stage", "kg CO2e", "占比 Share");
        foreach (var s in result.ByStage) Row($"{s.Zh} {s.En}", s.KgCo2e, s.Share);
        csv.AppendLine();
        Row("温室气体 Gas", "kg", "GWP100", "kg CO2e");
        foreach (var g in result.ByGas) Row(g.Gas, g.Kg, g.Gwp100, g.KgCo2e);
        csv.AppendLine();
        Row("过程 Process", "阶段 Stage", "kg CO2e", "占比 Share", "一手数据 Primary");
        foreach (var p in result.ByProcess) Row($"{p.Zh} {p.En}", p.Stage, p.KgCo2e, p.Share, p.Primary ? "yes" : "no");
        csv.AppendLine();
        Row("因子 Factor", "值 Value", "单位 Unit", "来源 Source", "可信度 Confidence");
        foreach (var f in result.Factors) Row(f.Key, f.Value, $"kg {f.Gas}/{f.Unit}", f.Source, f.Confidence);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? string.Empty,
        };
        // Quote always; a leading = + - @ would make Excel evaluate the cell (CSV injection).
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && value is not double) text = "'" + text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
