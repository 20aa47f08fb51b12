using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Domain.Progress;

/// <summary>Ordinary least squares of value on month index: the slope is the average change per month.</summary>
internal static class LinearTrend
{
    /// <summary>Change per month of the fitted line; needs at least two distinct periods.</summary>
    public static decimal SlopePerMonth(IReadOnlyList<Observation> points)
    {
        if (points.Select(p => p.Period).Distinct().Count() < 2)
            throw new ArgumentException("A trend needs at least two distinct periods.", nameof(points));
        var meanX = (decimal)points.Average(p => p.Period.Index);
        var meanY = points.Average(p => p.Value);
        var covariance = points.Sum(p => (p.Period.Index - meanX) * (p.Value - meanY));
        var variance = points.Sum(p => (p.Period.Index - meanX) * (p.Period.Index - meanX));
        return covariance / variance;
    }
}
