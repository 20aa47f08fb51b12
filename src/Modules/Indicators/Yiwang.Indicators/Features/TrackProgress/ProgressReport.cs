using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.TrackProgress;

/// <summary>The progress answer; the page and the API both build it here.</summary>
internal sealed record ProgressReport(string Indicator, string Name, string Region, string Unit, string UnitName, IReadOnlyList<ProgressDto> Targets)
{
    public static ProgressReport For(IndicatorCatalogue catalogue, string code, string region, IReadOnlyList<Observation> series, DateOnly today)
    {
        var indicator = catalogue.Find(code) ?? throw new ArgumentException($"Unknown indicator {code}", nameof(code));
        return new ProgressReport(code, indicator.Name.Current, region, indicator.Unit, indicator.UnitName.Current,
            [.. catalogue.TargetsFor(code, region).Select(t => ProgressDto.From(catalogue, ProgressCalculator.Evaluate(indicator, t, series), today))]);
    }
}

internal sealed record ProgressDto(
    decimal Target, string Direction, DateOnly Deadline, string Document, string Source, string Confidence, string? Note,
    string Status, string? LatestPeriod, decimal? LatestValue, decimal? ShareReached, int? MonthsLeft,
    decimal? RequiredMonthlyPace, decimal? RecentMonthlyPace, IReadOnlyList<string> TrendPeriods,
    string? ProjectedPeriod, DateOnly? ProjectedDate, string? ReachedIn, string Method, string Explanation, string? Caveat)
{
    public static ProgressDto From(IndicatorCatalogue catalogue, TargetProgress p, DateOnly today)
    {
        var t = p.Target;
        // A projection past its own deadline is still only a projection: say so rather than let "on track" read as fact.
        var caveat = today > t.Deadline && p.Latest is { } latest && latest.Period.EndDate < t.Deadline && p.Status != ProgressStatus.Reached
            ? Bilingual.T($"期限已过，但最新数据仅到{latest.Period}；状态基于推算。", $"The deadline has passed but the latest data are for {latest.Period}; the status is a projection.")
            : t.Confidence == "unconfirmed" ? Bilingual.T("该目标来源未经证实。", "This target's source is unconfirmed.") : null;
        return new ProgressDto(t.Value, Wire.Name(t.Direction), t.Deadline, t.Document, catalogue.Cite(t.Source), t.Confidence, t.Note,
            Wire.Name(p.Status), p.Latest?.Period.ToString(), p.Latest?.Value, p.ShareReached, p.MonthsLeft,
            p.RequiredMonthlyPace, p.RecentMonthlyPace, [.. p.TrendPoints.Select(o => o.Period.ToString())],
            p.ProjectedPeriod?.ToString(), p.ProjectedPeriod?.EndDate, p.ReachedIn?.ToString(), p.Method.Current, p.Explanation.Current, caveat);
    }
}
