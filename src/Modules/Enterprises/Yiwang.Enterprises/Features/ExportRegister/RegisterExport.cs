using MiniExcelLibs;
using Yiwang.Enterprises.Data;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ExportRegister;

/// <summary>
/// The register as people read it, in the language of the current culture: the import's eight columns first (so the
/// file can be imported again, with the Chinese or the English header), then names and the size by its label. Amounts in
/// 万元 are rounded to the yuan (4 decimals), which never moves a figure across a size bound.
/// </summary>
internal static class RegisterExport
{
    public const int AmountDecimals = 4;

    public static IReadOnlyList<string> Header() =>
    [
        .. Bilingual.IsEnglish ? RegisterColumns.EnglishNames : RegisterColumns.ChineseNames,
        T("所在地区", "Region"), T("行业名称", "Industry"), T("企业规模", "Size"), T("划型行业", "Size-standard row"),
        T("划型规则", "Size standard"), T("划型依据", "Basis of the size"),
    ];

    public static void WriteCsv(Stream output, IEnumerable<EnterpriseRecord> records)
    {
        using var csv = CsvWriter.ToStream(output, excelBom: true, leaveOpen: true);
        csv.Row(Header());
        foreach (var e in records)
        {
            var (size, row, set, basis) = Classified(e);
            csv.Text(e.Uscc).Text(e.Name).Text(e.RegionCode).Text(e.IndustryCode).Number(e.Employees)
                .Number(e.RevenueTenThousandYuan, AmountDecimals).Number(e.TotalAssetsTenThousandYuan, AmountDecimals).Number(e.ReportingYear)
                .Text(RegionName(e.RegionCode)).Text(IndustryName(e.IndustryCode)).Text(size).Text(row).Text(set).Text(basis).EndRow();
        }
    }

    /// <summary>Figures as number cells; MiniExcel writes strings as string cells, never formulas.</summary>
    public static void WriteXlsx(Stream output, IEnumerable<EnterpriseRecord> records)
    {
        var header = Header();
        var sheet = records.Select(e =>
        {
            var (size, row, set, basis) = Classified(e);
            object?[] values =
            [
                e.Uscc, e.Name, e.RegionCode, e.IndustryCode, e.Employees, Round(e.RevenueTenThousandYuan), Round(e.TotalAssetsTenThousandYuan),
                e.ReportingYear, RegionName(e.RegionCode), IndustryName(e.IndustryCode), size, row, set, basis,
            ];
            var cells = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++) cells[header[i]] = values[i];
            return cells;
        });
        MiniExcel.SaveAs(output, sheet, printHeader: true, excelType: ExcelType.XLSX);
    }

    private static (string Size, string Row, string RuleSet, string Basis) Classified(EnterpriseRecord e)
    {
        var set = (e.SizeRuleSet is null ? null : SizeRuleSetCatalog.Find(e.SizeRuleSet)) ?? SizeRuleSetCatalog.Default;
        var fast = SizeClassifier.ClassifyFast(set, e.IndustryCode, new SizeFigures(e.Employees, e.RevenueTenThousandYuan, e.TotalAssetsTenThousandYuan));
        return (EnterpriseSizeText.LabelOf(e.Size).Current, IndustryRowNames.Of(e.IndustryRow, e.SizeRuleSet), T(set.NameZh, set.NameEn),
            set.Reasons.Text(fast, Bilingual.IsEnglish));
    }

    private static decimal? Round(decimal? amount) => amount is { } a ? Math.Round(a, AmountDecimals, MidpointRounding.AwayFromZero) : null;

    private static string RegionName(string code) => RegionCode.TryParse(code, out var region, out _) ? ProvinceNames.FullName(region) : code;

    private static string IndustryName(string code) => IndustryNames.Of(code);

    private static string T(string zh, string en) => Bilingual.T(zh, en);
}
