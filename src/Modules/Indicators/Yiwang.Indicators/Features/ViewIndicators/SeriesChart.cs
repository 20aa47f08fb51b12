using System.Globalization;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Domain.Progress;

namespace Yiwang.Indicators.Features.ViewIndicators;

/// <summary>
/// Coordinates for the inline SVG line chart: the series, each target as a dashed line up to its deadline, and the
/// projection from the latest value to the projected month. The y axis starts at zero so that shares are not exaggerated.
/// </summary>
internal sealed class SeriesChart
{
    public const int Width = 720, Height = 300, Left = 60, Right = 20, Top = 20, Bottom = 40;

    private readonly int firstMonth;
    private readonly int lastMonth;
    private readonly decimal maxValue;

    public SeriesChart(IReadOnlyList<Observation> series, IReadOnlyList<TargetProgress> progress)
    {
        var months = series.Select(o => o.Period.Index)
            .Concat(progress.Select(p => Period.Of(p.Target.Deadline).Index))
            .Concat(progress.Where(p => p.ProjectedPeriod is not null).Select(p => p.ProjectedPeriod!.Value.Index)).ToList();
        firstMonth = months.Count == 0 ? 0 : months.Min();
        lastMonth = months.Count == 0 ? 1 : Math.Max(months.Max(), firstMonth + 1);
        var values = series.Select(o => o.Value).Concat(progress.Select(p => p.Target.Value)).ToList();
        maxValue = values.Count == 0 ? 1 : Math.Max(values.Max() * 1.1m, 0.0001m);
        Points = [.. series.Select(o => new ChartPoint(X(o.Period), Y(o.Value), $"{o.Period}: {CatalogueFormat(o.Value)}"))];
        Targets = [.. progress.Select(p => new ChartTarget(X(series.Count > 0 ? series[0].Period : Period.Of(p.Target.Deadline)), X(Period.Of(p.Target.Deadline)),
            Y(p.Target.Value), $"{CatalogueFormat(p.Target.Value)} ({p.Target.Deadline:yyyy-MM-dd})"))];
        Projections = [.. progress.Where(p => p.ProjectedPeriod is not null && p.Latest is not null)
            .Select(p => new ChartLine(X(p.Latest!.Period), Y(p.Latest.Value), X(p.ProjectedPeriod!.Value), Y(p.Target.Value)))];
        Years = [.. Enumerable.Range(firstMonth / 12, lastMonth / 12 - firstMonth / 12 + 1)
            .Where(y => y * 12 >= firstMonth).Select(y => (X(new Period(y, 1)), y.ToString(CultureInfo.InvariantCulture)))];
        MaxLabel = CatalogueFormat(Math.Round(maxValue, 2));
    }

    public IReadOnlyList<ChartPoint> Points { get; }
    public IReadOnlyList<ChartTarget> Targets { get; }
    public IReadOnlyList<ChartLine> Projections { get; }
    public IReadOnlyList<(string X, string Label)> Years { get; }
    public string MaxLabel { get; }

    public string Polyline => string.Join(' ', Points.Select(p => $"{p.X},{p.Y}"));

    private string X(Period period) => F(Left + (double)(period.Index - firstMonth) / (lastMonth - firstMonth) * (Width - Left - Right));

    private string Y(decimal value) => F(Top + (1 - (double)(value / maxValue)) * (Height - Top - Bottom));

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string CatalogueFormat(decimal v) => Data.CatalogueLoader.Format(v);
}

internal sealed record ChartPoint(string X, string Y, string Label);

internal sealed record ChartTarget(string X1, string X2, string Y, string Label);

internal sealed record ChartLine(string X1, string Y1, string X2, string Y2);
