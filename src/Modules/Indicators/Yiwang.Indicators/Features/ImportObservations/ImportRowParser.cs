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
            issue = Fail(ImportColumns.Indicator, $"未知指标“{code}”（见 GET /api/v1/indicators）", $"Unknown indicator '{code}' (see GET /api/v1/indicators)");
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
            issue = Fail(ImportColumns.Period, $"期别“{row.Cell(ImportColumns.Period)}”应为 YYYY-MM", $"Period '{row.Cell(ImportColumns.Period)}' must be YYYY-MM");
            return null;
        }

        if (!decimal.TryParse(row.Cell(ImportColumns.Value), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            issue = Fail(ImportColumns.Value, $"数值“{row.Cell(ImportColumns.Value)}”不是数字", $"Value '{row.Cell(ImportColumns.Value)}' is not a number");
            return null;
        }

        var unit = row.Cell(ImportColumns.Unit);
        if (unit.Length > 0 && unit != indicator.Unit && unit != indicator.UnitName.Zh && !unit.Equals(indicator.UnitName.En, StringComparison.OrdinalIgnoreCase))
        {
            issue = Fail(ImportColumns.Unit, $"单位“{unit}”与指标单位“{indicator.UnitName.Zh}”（{indicator.Unit}）不一致", $"Unit '{unit}' does not match the indicator's unit '{indicator.UnitName.En}' ({indicator.Unit})");
            return null;
        }

        var statusText = row.Cell(ImportColumns.Status);
        var status = statusText.Length == 0 ? ObservationStatus.Reported : ObservationMapping.ParseStatus(statusText);
        if (status is null)
        {
            issue = Fail(ImportColumns.Status, "状态应为 reported / derived / estimated", "Status must be reported, derived or estimated");
            return null;
        }

        var confidence = row.Cell(ImportColumns.Confidence) is { Length: > 0 } c ? c.ToLowerInvariant() : DefaultConfidence;
        if (!Confidences.Contains(confidence))
        {
            issue = Fail(ImportColumns.Confidence, "可信度应为 official / secondary / unconfirmed", "Confidence must be official, secondary or unconfirmed");
            return null;
        }

        var source = row.Cell(ImportColumns.Source);
        if (source.Length is 0 or > 500)
        {
            issue = Fail(ImportColumns.Source, "每个数值都须注明来源（不超过500字）", "Every value needs its source (at most 500 characters)");
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
