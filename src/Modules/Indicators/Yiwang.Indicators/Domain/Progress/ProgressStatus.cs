namespace Yiwang.Indicators.Domain.Progress;

internal enum ProgressStatus
{
    /// <summary>The latest value already meets the target.</summary>
    Reached,
    /// <summary>At the recent pace the target is reached by the deadline.</summary>
    OnTrack,
    /// <summary>At the recent pace the target is reached only after the deadline, or the trend moves away from it.</summary>
    AtRisk,
    /// <summary>Data for the deadline month (or later) exist and do not meet the target.</summary>
    Missed,
    /// <summary>Too few comparable observations to fit a trend: no projection is made.</summary>
    InsufficientData,
}
