using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.MonthlyBrief;

/// <summary>
/// The monthly brief on national series: the values for the month, and every target's progress as the data stood at
/// the end of that month (later values are left out, so a brief for March reads the same in June).
/// </summary>
internal sealed record MonthlyBriefReport(string Month, IReadOnlyList<string> AvailableMonths, IReadOnlyList<BriefValue> Values,
    IReadOnlyList<BriefProgress> Progress)
{
    public IReadOnlyList<BriefProgress> AtRisk => [.. Progress.Where(p => p.Status is "at-risk" or "missed")];

    public static async Task<MonthlyBriefReport?> BuildAsync(IndicatorCatalogue catalogue, ObservationStore store, Period? requested, CancellationToken ct)
    {
        var months = await store.MonthsAsync(IndicatorCatalogue.NationalRegion, 36, ct);
        if (requested is null && months.Count == 0) return null;
        var month = requested ?? months[0];
        // The last values up to the month suffice: the month's value, the one before, and the progress trend window.
        var national = await store.RecentAsync(IndicatorCatalogue.NationalRegion, [.. catalogue.Indicators.Select(i => i.Code)],
            ProgressCalculator.TrendWindow, ct, month);

        var values = new List<BriefValue>();
        var progress = new List<BriefProgress>();
        foreach (var indicator in catalogue.Indicators)
        {
            var series = (national.GetValueOrDefault(indicator.Code) ?? []).Where(o => o.Period <= month).ToList();
            if (series is [.., var last] && last.Period == month)
            {
                var previous = series.Count > 1 ? series[^2] : null;
                values.Add(new BriefValue(indicator.Code, indicator.Name.Current, indicator.UnitName.Current, last.Value, Wire.Name(last.Status),
                    catalogue.PublicSource(last.Source).Current, previous?.Period.ToString(), previous?.Value, last.Revision));
            }

            foreach (var target in catalogue.TargetsFor(indicator.Code, IndicatorCatalogue.NationalRegion))
            {
                var p = ProgressCalculator.Evaluate(indicator, target, series);
                if (p.Status == ProgressStatus.Reached) // "first reached in" needs the whole history, not the recent values
                    p = ProgressCalculator.Evaluate(indicator, target, await store.SeriesAsync(indicator.Code, IndicatorCatalogue.NationalRegion, null, month, ct));
                progress.Add(new BriefProgress(indicator.Code, indicator.Name.Current, target.Value, target.Deadline, target.Document,
                    Wire.Name(p.Status), Labels.Of(p.Status).Current, p.Latest?.Period.ToString(), p.Latest?.Value, p.ShareReached, p.Explanation.Current));
            }
        }

        return new MonthlyBriefReport(month.ToString(), [.. months.Select(m => m.ToString())], values, progress);
    }
}

internal sealed record BriefValue(string Indicator, string Name, string Unit, decimal Value, string Status, string Source,
    string? PreviousPeriod, decimal? PreviousValue, int Revision);

internal sealed record BriefProgress(string Indicator, string Name, decimal Target, DateOnly Deadline, string Document,
    string Status, string StatusName, string? LatestPeriod, decimal? LatestValue, decimal? ShareReached, string Explanation);
