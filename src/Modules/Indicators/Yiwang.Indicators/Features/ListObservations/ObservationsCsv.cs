using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ListObservations;

/// <summary>
/// RFC 4180 CSV with a BOM, so that Excel opens the Chinese text as UTF-8; cells through the platform's <see cref="CsvWriter"/>.
/// Chinese headers and labels by default, English with <c>?lang=en</c>. The code, region-code, period, value, unit, kind,
/// source and note columns carry headers the import reads, so an exported file can be corrected and imported again; the
/// name columns are for people and the import ignores them.
/// </summary>
internal static class ObservationsCsv
{
    public static IReadOnlyList<string> Header => Bilingual.IsEnglish
        ? ["indicator_name", "indicator", "region_name", "region", "period", "value", "lower_bound", "unit", "status", "source", "note"]
        : ["指标名称", "指标代码", "地区名称", "地区代码", "期别", "数值", "下限", "单位", "状态", "来源", "说明"];

    public static string Write(IndicatorCatalogue catalogue, Indicator indicator, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(indicator);
        // The platform's CSV writer: a note or source starting with = + - @ is written as text, never as a formula.
        var text = new StringWriter();
        text.Write('\uFEFF');
        using (var csv = new CsvWriter(text, leaveOpen: true))
        {
            csv.Row(Header);
            foreach (var o in observations)
            {
                csv.Text(indicator.Name.Current).Text(o.Indicator).Text(RegionName(o.Region)).Text(o.Region).Text(o.Period.ToString())
                    .Number(o.Value, 4).Text(o.LowerBound ? "true" : "false").Text(indicator.UnitName.Current).Text(Labels.Of(o.Status).Current)
                    .Text(catalogue.PublicSource(o.Source).Current).Text(o.Note ?? string.Empty).EndRow();
            }
        }

        return text.ToString();
    }

    private static string RegionName(string region) => region == IndicatorCatalogue.NationalRegion
        ? Bilingual.T("全国", "China")
        : RegionCode.TryParse(region, out var code, out _) ? ProvinceNames.Of(code) : region;
}
