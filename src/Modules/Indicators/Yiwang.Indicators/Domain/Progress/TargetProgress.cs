using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Progress;

/// <summary>Where an indicator stands against one target, and why.</summary>
/// <param name="ShareReached">Latest value ÷ target (target ÷ latest for at-most targets), as a fraction.</param>
/// <param name="RequiredMonthlyPace">Change per month still needed from the latest value to the target by the deadline month.</param>
/// <param name="RecentMonthlyPace">Least-squares slope per month over <paramref name="TrendPoints"/>.</param>
/// <param name="ProjectedPeriod">The month the target is reached if the latest value keeps moving at the recent pace.</param>
internal sealed record TargetProgress(
    IndicatorTarget Target,
    ProgressStatus Status,
    Observation? Latest,
    decimal? ShareReached,
    int? MonthsLeft,
    decimal? RequiredMonthlyPace,
    decimal? RecentMonthlyPace,
    IReadOnlyList<Observation> TrendPoints,
    Period? ProjectedPeriod,
    Period? ReachedIn,
    Bilingual Method,
    Bilingual Explanation);
