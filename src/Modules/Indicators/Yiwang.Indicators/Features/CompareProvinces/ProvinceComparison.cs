using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.CompareProvinces;

/// <summary>
/// One indicator in one month across provinces, ranked. The reference sheet has no provincial figures, so every row here
/// came from an official's import; with none, the answer says so instead of showing an empty chart as if it were data.
/// </summary>
internal sealed record ProvinceComparison(
    string Indicator, string Name, string Unit, string? Period, IReadOnlyList<string> AvailablePeriods,
    ProvinceRow? National, IReadOnlyList<ProvinceRow> Provinces, string? Notice)
{
    public static async Task<ProvinceComparison> BuildAsync(IndicatorCatalogue catalogue, Indicator indicator, Period? requested, ObservationStore store, CancellationToken ct)
    {
        var periods = await store.ProvincialPeriodsAsync(indicator.Code, ct);
        var period = requested ?? (periods.Count > 0 ? periods[0] : null);
        var rows = period is { } p ? await store.AcrossRegionsAsync(indicator.Code, p, ct) : [];
        var national = rows.FirstOrDefault(o => o.Region == IndicatorCatalogue.NationalRegion);
        var provinces = rows.Where(o => o.Region != IndicatorCatalogue.NationalRegion).OrderByDescending(o => o.Value).ToList();
        var notice = provinces.Count > 0 ? null : periods.Count == 0
            ? Bilingual.T("尚无分省数据：参考资料（工信部通信业统计公报等）只提供全国数据，分省数据须由各省统计主管部门导入。",
                "No provincial data yet: the reference sources (MIIT telecom bulletins and others) give national figures only; provincial figures arrive through each province's import.")
            : Bilingual.T($"{period} 没有分省数据。", $"No provincial data for {period}.");
        return new ProvinceComparison(indicator.Code, indicator.Name.Current, indicator.UnitName.Current, period?.ToString(),
            [.. periods.Select(x => x.ToString())], national is null ? null : ProvinceRow.From(catalogue, national, 0),
            [.. provinces.Select((o, i) => ProvinceRow.From(catalogue, o, i + 1))], notice);
    }
}

internal sealed record ProvinceRow(int Rank, string Region, string RegionName, decimal Value, bool LowerBound, string Status, string Confidence, string Source, int Revision)
{
    public static ProvinceRow From(IndicatorCatalogue catalogue, Observation o, int rank) =>
        new(rank, o.Region, o.Region == IndicatorCatalogue.NationalRegion ? Bilingual.T("全国", "National") : RegionDirectory.Default.Find(o.Region)?.Name ?? o.Region,
            o.Value, o.LowerBound, Wire.Name(o.Status), o.Confidence, catalogue.Cite(o.Source), o.Revision);
}
