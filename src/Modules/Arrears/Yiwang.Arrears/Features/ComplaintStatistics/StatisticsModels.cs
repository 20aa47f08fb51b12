namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>One group of cases with its amounts. Labels carry both languages so a cached result serves either UI.</summary>
internal sealed record StatRow(string Key, string LabelZh, string LabelEn, int Count, decimal ClaimedYuan, decimal RecoveredYuan)
{
    public string Label => Kernel.Text.Bilingual.T(LabelZh, LabelEn);
}

/// <summary>
/// Elapsed time between two steps in <b>calendar days</b> (not working days: the figure compares periods across
/// regions, and calendar days need no calendar lookup per case). <paramref name="Cases"/> is how many cases it covers.
/// </summary>
internal sealed record DurationStat(int Cases, double? MedianDays, double? AverageDays);

/// <summary>Cases filed (first submitted) and concluded (closed or not accepted) in one month, "yyyy-MM".</summary>
internal sealed record MonthStat(string Month, int? Filed, int? Closed);

/// <param name="Region">The region the figures cover ("000000" = all).</param>
/// <param name="SubRegionLevel">What <see cref="BySubRegion"/> groups by: province, city or county.</param>
internal sealed record ComplaintStatistics(
    string Region, string RegionName, string SubRegionLevel, DateOnly Today, DateOnly? From, DateOnly? To,
    int Total, decimal ClaimedYuan, decimal RecoveredYuan,
    IReadOnlyList<StatRow> ByStatus, IReadOnlyList<StatRow> ByProvince, IReadOnlyList<StatRow> BySubRegion,
    IReadOnlyList<StatRow> ByRespondentType,
    DurationStat Acceptance, DurationStat Handling, int OverdueCases, int DueSoonCases,
    IReadOnlyList<MonthStat> Monthly);

/// <summary>
/// What anyone may see: aggregates only. A group of fewer than <see cref="PublicStatistics.MinimumGroup"/> cases shows
/// <c>null</c> (and its amounts too), so no single complainant or respondent can be picked out.
/// </summary>
internal sealed record PublicStatRow(string Key, string LabelZh, string LabelEn, int? Count, decimal? RecoveredYuan);

internal sealed record PublicComplaintStatistics(DateOnly AsOf, int? Total, decimal? ClaimedYuan, decimal? RecoveredYuan,
    IReadOnlyList<PublicStatRow> ByStatus, IReadOnlyList<PublicStatRow> ByRespondentType, IReadOnlyList<MonthStat> Monthly,
    int MinimumGroup, string SuppressionNote);
