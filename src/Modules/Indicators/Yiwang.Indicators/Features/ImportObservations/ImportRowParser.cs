using System.Globalization;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>A row problem: which line, which column, why (both languages), and the row as the file had it.</summary>
internal sealed record RowIssue(int Line, string Field, Bilingual Reason, string Original);

/// <summary>
/// Turns one import row into an observation or says what is wrong with it. Series exist for the country (000000) and
/// for provinces (xx0000) only; city and county statistics are not part of the indicator system.
/// </summary>
internal static class ImportRowParser
{
    public const string DefaultConfidence = "official";
    private static readonly string[] Confidences = ["official", "secondary", "unconfirmed"];

    public static Observation? Parse(ImportRow row, IndicatorCatalogue catalogue, out RowIssue? issue)
    {
        issue = null;
        RowIssue Fail(string field, string zh, string en) => new(row.Line, field, new Bilingual(zh, en), row.Original);

        var code = row.Cell(ImportColumns.Indicator);
        if (catalogue.Find(code) is not { } indicator)
        {
            issue = Fail(ImportColumns.Indicator, $"未知的指标代码“{code}”：请使用各指标页网址末尾的代码，如 5g-base-stations", $"Unknown indicator code '{code}': use the code at the end of the indicator page's address, e.g. 5g-base-stations");
            return null;
        }

        var regionText = row.Cell(ImportColumns.Region) is { Length: > 0 } r ? r : IndicatorCatalogue.NationalRegion;
        if (!RegionCode.TryParse(regionText, out var region, out var regionError))
        {
            issue = Fail(ImportColumns.Region, regionError.MessageZh, regionError.MessageEn);
            return null;
        }

        if (region.Level is not (JurisdictionLevel.National or JurisdictionLevel.Province))
        {
            issue = Fail(ImportColumns.Region, $"地区“{regionText}”不是全国（000000）或省级代码", $"Region '{regionText}' is neither national (000000) nor a province code");
            return null;
        }

        if (region.Level == JurisdictionLevel.Province && RegionDirectory.Default.Find(region.Value) is null)
        {
            issue = Fail(ImportColumns.Region, $"未知地区“{regionText}”（GB/T 2260 中没有该省级代码）", $"Unknown region '{regionText}' (no such province in GB/T 2260)");
            return null;
        }

        if (!Period.TryParse(NormalisePeriod(row.Cell(ImportColumns.Period)), out var period))
        {
            issue = Fail(ImportColumns.Period, $"期别“{row.Cell(ImportColumns.Period)}”应写成 2026-01、2026/1 或 2026年1月", $"Period '{row.Cell(ImportColumns.Period)}' must read like 2026-01, 2026/1 or 2026年1月");
            return null;
        }

        if (!decimal.TryParse(row.Cell(ImportColumns.Value), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            issue = Fail(ImportColumns.Value, $"数值“{row.Cell(ImportColumns.Value)}”不是数字：请按该指标的单位填写，如 483.8", $"Value '{row.Cell(ImportColumns.Value)}' is not a number: enter it in the indicator's unit, e.g. 483.8");
            return null;
        }

        var unit = row.Cell(ImportColumns.Unit);
        if (unit.Length > 0 && unit != indicator.Unit && unit != indicator.UnitName.Zh && !unit.Equals(indicator.UnitName.En, StringComparison.OrdinalIgnoreCase))
        {
            issue = Fail(ImportColumns.Unit, $"单位“{unit}”与该指标的单位“{indicator.UnitName.Zh}”不一致", $"Unit '{unit}' does not match the indicator's unit '{indicator.UnitName.En}'");
            return null;
        }

        var statusText = row.Cell(ImportColumns.Status);
        var status = statusText.Length == 0 ? ObservationStatus.Reported : ObservationMapping.ParseStatus(statusText);
        if (status is null)
        {
            issue = Fail(ImportColumns.Status, "类型应为 reported（公布值）、derived（推算值）或 estimated（预计值），也可不填", "The kind must be reported, derived or estimated, or left blank");
            return null;
        }

        var confidence = row.Cell(ImportColumns.Confidence) is { Length: > 0 } c ? c.ToLowerInvariant() : DefaultConfidence;
        if (!Confidences.Contains(confidence))
        {
            issue = Fail(ImportColumns.Confidence, "可信度一栏请留空（主管部门导入的数据按官方数据记录）", "Leave the confidence column blank (an authority's import is recorded as official)");
            return null;
        }

        var source = row.Cell(ImportColumns.Source);
        if (source.Length is 0 or > 500)
        {
            issue = Fail(ImportColumns.Source, "请填写来源：发布该数值的文件或机构（不超过500字）", "Give the source: the document or body that published the value (at most 500 characters)");
            return null;
        }

        var note = row.Cell(ImportColumns.Note);
        return new Observation(indicator.Code, region.Value, period.Value, value, status.Value, confidence, source,
            note.Length == 0 ? null : note[..Math.Min(note.Length, 1000)], row.Cell(ImportColumns.LowerBound).Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Accepts 2025-11, 2025/11 and 2025年11月, the spellings found in statistics spreadsheets.</summary>
    private static string NormalisePeriod(string text)
    {
        var t = text.Trim().Replace('/', '-').Replace("年", "-", StringComparison.Ordinal).Replace("月", string.Empty, StringComparison.Ordinal);
        return t.Length == 6 && t[4] == '-' ? string.Concat(t.AsSpan(0, 5), "0", t.AsSpan(5)) : t;
    }
}
