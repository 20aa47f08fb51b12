using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Indicators.Ui;

/// <summary>How the indicator pages word figures, months, targets and who changed a value.</summary>
internal static class IndicatorText
{
    /// <summary>Places after the decimal point a unit is read to: counts whole, 万个 to one, shares of 亿户 and PUE to two.</summary>
    public static int Decimals(Indicator indicator) => indicator.Unit switch
    {
        "count" or "10k-people" or "100m-yuan" or "eflops-fp32" or "eflops-fp16" or "eb" or "10k-racks" => 0,
        "10k-units" or "percent" or "per-10k-people" or "100m-tonnes" => 1,
        _ => 2,
    };

    /// <summary>"483.0", "140,828", "> 810" (a floor the source gave as 超过): to the unit's places, so a column lines up.</summary>
    public static string Value(Indicator indicator, decimal value, bool lowerBound = false) =>
        (lowerBound ? "> " : string.Empty) + Figures.Number(value, Decimals(indicator));

    /// <summary>A round planning figure as the document gives it ("450", "1.5"), never padded with zeros.</summary>
    public static string Goal(Indicator indicator, decimal value) => Figures.Number(value, Math.Min(Decimals(indicator), Places(value)));

    public static string Unit(Indicator indicator) => indicator.UnitName.Current;

    /// <summary>"2025年12月" / "Dec 2025".</summary>
    public static string Month(Period period) => Bilingual.T($"{period.Year}年{period.Month}月",
        new DateOnly(period.Year, period.Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));

    /// <summary>"不低于 450 万个，2025年12月31日前" / "at least 450 10k units by 31 Dec 2025".</summary>
    public static string Target(Indicator indicator, IndicatorTarget target) => Bilingual.T(
        $"{Labels.Of(target.Direction).Zh} {Goal(indicator, target.Value)} {indicator.UnitName.Zh}，{Figures.Date(target.Deadline)}前",
        $"{Labels.Of(target.Direction).En} {Goal(indicator, target.Value)} {indicator.UnitName.En} by {Figures.Date(target.Deadline)}");

    public static Tone ToneOf(ProgressStatus status) => status switch
    {
        ProgressStatus.Reached => Tone.Success,
        ProgressStatus.OnTrack => Tone.Info,
        ProgressStatus.AtRisk => Tone.Warning,
        ProgressStatus.Missed => Tone.Danger,
        _ => Tone.Neutral,
    };

    /// <summary>
    /// Who set a value, as the public may know it: the authority that owns the series (only its officials can write it,
    /// see SeriesAccess), never an account id.
    /// </summary>
    public static string ChangedBy(string origin, string region) => origin switch
    {
        "seed" => Bilingual.T("随平台发布的参考数据", "reference data shipped with the platform"),
        "derived" => Bilingual.T("按指标公式自动计算", "computed by the indicator's formula"),
        _ when region == IndicatorCatalogue.NationalRegion => Bilingual.T("国家统计主管部门", "the national statistics authority"),
        _ => Bilingual.T($"{ProvinceNames.Of(RegionCode.Parse(region))}统计主管部门", $"the statistics authority of {ProvinceNames.Of(RegionCode.Parse(region))}"),
    };

    public static Bilingual Origin(string origin) => origin switch
    {
        "seed" => new("参考数据", "reference data"),
        "import" => new("文件导入", "file import"),
        "edit" => new("单项更正", "single correction"),
        "derived" => new("公式计算", "formula"),
        _ => new(origin, origin),
    };

    /// <summary>
    /// Why a value changed, in words: the official's reason as typed; for reference data, formula values and an import
    /// without a reason a sentence instead of the stored note (which names data versions, codes and file names).
    /// </summary>
    public static string Reason(string origin, string reason) => origin switch
    {
        "seed" => Bilingual.T("随平台发布的参考数据", "reference data shipped with the platform"),
        "derived" => Bilingual.T("输入数据变化后按公式重算", "recomputed by the formula after an input changed"),
        "import" when reason.StartsWith("导入 ", StringComparison.Ordinal) && reason.Contains(" / import of ", StringComparison.Ordinal) =>
            Bilingual.T("文件导入（未说明原因）", "file import (no reason given)"),
        _ => reason,
    };

    private static int Places(decimal value)
    {
        var places = 0;
        while (value != decimal.Truncate(value) && places < 6)
        {
            value *= 10;
            places++;
        }

        return places;
    }
}
