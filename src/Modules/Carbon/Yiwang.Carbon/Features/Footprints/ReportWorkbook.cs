using MiniExcelLibs;
using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// The report page as an .xlsx workbook, one sheet per section with bilingual headers: summary with the GB/T 24067 /
/// ISO 14067 items, stages, process contributions, gases (fossil and biogenic apart), data quality, assumptions and
/// factors, and for batteries the EU 2023/1542 Art. 7 breakdown. The company and product only; no personal data.
/// </summary>
internal static class ReportWorkbook
{
    public const string BiogenicContentItem = "生物源碳含量 Biogenic carbon content kg C";
    public const string BiogenicWithdrawalItem = "生物源碳移除 Biogenic carbon withdrawal kg CO2e";

    public static readonly string[] SheetNames = ["概览 Summary", "阶段 Stages", "过程 Processes", "温室气体 Gases", "数据质量 DataQuality",
        "假设 Assumptions", "因子 Factors", "电池 BatteryArt7"];

    public static byte[] Write(FootprintRecord record, FootprintResult result, DataQualityReport quality, BatteryDeclaration? battery)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(quality);
        var template = TemplateCatalog.Find(record.TemplateId);
        var sheets = new Dictionary<string, object>
        {
            [SheetNames[0]] = Summary(record, result, quality, template),
            [SheetNames[1]] = result.ByStage.Select(s => new Dictionary<string, object?>
            {
                ["阶段 Stage"] = $"{s.Zh} {s.En}", ["kg CO2e"] = s.KgCo2e, ["占比 Share"] = s.Share,
            }).ToList(),
            [SheetNames[2]] = result.ByProcess.Select(p => new Dictionary<string, object?>
            {
                ["过程或投入 Process or input"] = $"{p.Zh} {p.En}", ["阶段 Stage"] = p.Stage, ["kg CO2e"] = p.KgCo2e, ["占比 Share"] = p.Share,
                ["数据 Data"] = p.Kind == "supplier" ? "供应商 PACT supplier" : p.Primary ? "一手 primary" : "默认/背景 default/background",
            }).ToList(),
            [SheetNames[3]] = result.ByGas.Select(g => new Dictionary<string, object?>
            {
                ["气体 Gas"] = $"{g.Gas} {g.Zh} {g.En}", ["来源 Origin"] = g.Biogenic ? "生物源 biogenic" : "化石 fossil",
                ["kg"] = g.Kg, ["GWP100 (AR6)"] = g.Gwp100, ["kg CO2e"] = g.KgCo2e,
            }).ToList(),
            [SheetNames[4]] = quality.Rows.Select(r => new Dictionary<string, object?>
            {
                ["过程或投入 Process or input"] = $"{r.Zh} {r.En}", ["kg CO2e"] = r.KgCo2e, ["占比 Share"] = r.Share,
                ["技术 Technological"] = Rating(r.Rating?.Technological), ["时间 Temporal"] = Rating(r.Rating?.Temporal),
                ["地理 Geographical"] = Rating(r.Rating?.Geographical), ["完整性 Completeness"] = Rating(r.Rating?.Completeness),
                ["可靠性 Reliability"] = Rating(r.Rating?.Reliability),
            }).ToList(),
            [SheetNames[5]] = Assumptions(result, template),
            [SheetNames[6]] = result.Factors.Select(f => new Dictionary<string, object?>
            {
                ["因子 Factor"] = f.Key, ["名称 Name"] = $"{f.Zh} {f.En}", ["值 Value"] = f.Value, ["单位 Unit"] = $"kg {f.Gas}/{f.Unit}",
                ["来源 Source"] = f.Source, ["可信度 Confidence"] = f.Confidence,
            }).ToList(),
        };
        if (battery is not null) sheets[SheetNames[7]] = Battery(battery);
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static object Rating(double? value) => value is { } v ? v : "未评估 not assessed";

    private static List<Dictionary<string, object?>> Summary(FootprintRecord record, FootprintResult result, DataQualityReport quality, ProductTemplate? template)
    {
        List<Dictionary<string, object?>> rows =
        [
            Item("产品 Product", record.ProductName),
            Item("企业 Company", $"{record.OwnerName} ({record.OwnerUscc})"),
            Item("标准 Standard", template?.Standard ?? "GB/T 24067-2024 / ISO 14067:2018"),
            Item("声明单位 Declared unit", $"{result.DeclaredUnit.Zh} / {result.DeclaredUnit.En}"),
            Item("系统边界 System boundary", result.Boundary),
            Item("核算年度 Reference year", record.ReferenceYear),
            Item("碳足迹 Footprint kg CO2e", result.TotalKgCo2e),
            Item("化石 Fossil kg CO2e", result.FossilKgCo2e),
            Item("生物源 Biogenic kg CO2e", result.BiogenicKgCo2e),
            Item("摇篮到大门 Cradle-to-gate kg CO2e", result.CradleToGateKgCo2e),
            Item(BiogenicContentItem, record.BiogenicCarbonContentKgC is { } c ? c : "未申报 not declared"),
            Item(BiogenicWithdrawalItem, record.BiogenicCarbonContentKgC is { } w ? BiogenicCarbon.WithdrawalKgCo2e(w) : 0),
            Item(Both(ReportItems.CfpKindLabel), Both(ReportItems.CfpKind(result.Boundary))),
            Item(Both(ReportItems.NotModelledLabel), Both(ReportItems.NotModelled)),
            Item(Both(ReportItems.CriticalReviewLabel), Both(ReportItems.NoCriticalReview)),
            Item(Both(ReportItems.ComputedLabel), ReportItems.Computed(record.CreatedAtUtc)),
            Item("一手数据占比 Primary data share", result.PrimaryDataShare),
            Item("特征化 Characterization", result.Characterization),
            Item("数据质量评级 DQR (1 good – 3 poor)", quality.OverallDqr is { } d ? d : "未评估 not assessed"),
            Item("数据质量覆盖 DQR coverage %", quality.CoveragePercent),
        ];
        if (result.Uncertainty is { } u)
        {
            rows.Add(Item("不确定性 P2.5 kg CO2e", u.P025));
            rows.Add(Item("不确定性 P97.5 kg CO2e", u.P975));
        }

        if (template is not null)
        {
            rows.Add(Item("分配 Allocation", $"{template.Methodology.Allocation.Zh} {template.Methodology.Allocation.En}"));
            rows.Add(Item("取舍准则 Cut-off", $"{template.Methodology.CutOff.Zh} {template.Methodology.CutOff.En}"));
            rows.Add(Item("电力处理 Electricity", $"{template.Methodology.Electricity.Zh} {template.Methodology.Electricity.En}"));
            rows.Add(Item("数据说明 Data", $"{template.Methodology.DataQuality.Zh} {template.Methodology.DataQuality.En}"));
        }

        rows.Add(Item("模板 Template", $"{result.TemplateId}@{result.TemplateVersion}"));
        rows.Add(Item("因子库 Factor set", result.FactorSetVersion));
        return rows;
    }

    private static List<Dictionary<string, object?>> Assumptions(FootprintResult result, ProductTemplate? template)
    {
        var rows = (template?.Assumptions ?? []).Select(a => Item("假设 Assumption", $"{a.Zh} {a.En}")).ToList();
        rows.AddRange(result.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Item($"参数 Parameter {p.Key}", p.Value)));
        rows.AddRange(result.Explanations.Select(e => Item("计算说明 How it was computed", e)));
        return rows;
    }

    private static List<Dictionary<string, object?>> Battery(BatteryDeclaration b)
    {
        var assumed = b.Life.Assumed ? " (假设 assumed)" : "";
        List<Dictionary<string, object?>> rows =
        [
            Item("可用容量占比 Usable share" + assumed, b.Life.UsableShare),
            Item("每年等效满循环 Full-equivalent cycles a year" + assumed, b.Life.CyclesPerYear),
            Item("使用年限 Service years" + assumed, b.Life.ServiceYears),
            Item("全寿命供能 kWh delivered per kWh rated", b.Life.KwhDeliveredPerKwhRated),
        ];
        rows.AddRange(b.Stages.Select(s => Item($"{s.Zh} {s.En} kg CO2e/kWh delivered", s.KgPerKwhDelivered)));
        rows.Add(Item("合计 Total kg CO2e/kWh delivered", b.KgPerKwhDelivered));
        return rows;
    }

    private static string Both(Text text) => $"{text.Zh} {text.En}";

    private static Dictionary<string, object?> Item(string name, object? value) => new() { ["项目 Item"] = name, ["值 Value"] = value };
}
