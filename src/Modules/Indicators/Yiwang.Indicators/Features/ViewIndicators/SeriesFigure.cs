using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Indicators.Ui;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Charts;

namespace Yiwang.Indicators.Features.ViewIndicators;

/// <summary>
/// What the line chart of one series draws: the observed months, the projection from the latest value at the recent
/// pace (to the deadline and to the month the target would be reached), and the target still to reach as the dashed
/// line. Months are categories, so the chart lists only months that carry a figure.
/// </summary>
internal sealed record SeriesFigure(IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ChartTarget? Target, int Decimals, bool Projected)
{
    /// <summary>One value or none is not a line: the page shows a number tile instead (issue: "single values drawn as empty line charts").</summary>
    public static bool IsChartable(IReadOnlyList<Observation> series) => series.Count > 1;

    public static SeriesFigure Of(Indicator indicator, IReadOnlyList<Observation> series, IReadOnlyList<TargetProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var aim = progress.FirstOrDefault(p => p.Status != ProgressStatus.Reached) ?? (progress.Count > 0 ? progress[^1] : null);
        var projection = progress.FirstOrDefault(p => p.ProjectedPeriod is not null && p.RecentMonthlyPace is not null && p.Latest is not null);
        var months = series.Select(o => o.Period).ToHashSet();
        if (projection is not null)
        {
            months.Add(projection.ProjectedPeriod!.Value);
            months.Add(Period.Of(projection.Target.Deadline));
        }

        var ordered = months.Order().ToList();
        var byMonth = series.ToDictionary(o => o.Period, o => (double?)(double)o.Value);
        var observed = new ChartSeries(Bilingual.T("观测值", "Observed"), [.. ordered.Select(m => byMonth.GetValueOrDefault(m))]);
        IReadOnlyList<ChartSeries> lines = projection is { } p
            ? [observed, new ChartSeries(Bilingual.T("按近期趋势预测", "Projected at the recent pace"), [.. ordered.Select(m => Projection(p, m))], "#7a5af8")]
            : [observed];
        var target = aim is null ? null : new ChartTarget((double)aim.Target.Value,
            Bilingual.T($"目标 {IndicatorText.Goal(indicator, aim.Target.Value)}（{aim.Target.Deadline.Year}年）", $"Target {IndicatorText.Goal(indicator, aim.Target.Value)} ({aim.Target.Deadline.Year})"));
        return new SeriesFigure([.. ordered.Select(IndicatorText.Month)], lines, target, IndicatorText.Decimals(indicator), projection is not null);
    }

    /// <summary>The latest value moved on at the recent pace; nothing before the latest month.</summary>
    private static double? Projection(TargetProgress p, Period month)
    {
        var latest = p.Latest!;
        if (month < latest.Period) return null;
        return (double)(latest.Value + p.RecentMonthlyPace!.Value * latest.Period.MonthsUntil(month));
    }
}
