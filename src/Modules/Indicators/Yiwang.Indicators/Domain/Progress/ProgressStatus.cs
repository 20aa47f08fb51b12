using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Progress;

internal enum ProgressStatus
{
    /// <summary>The latest value already meets the target.</summary>
    [Label("已达到", "Reached")]
    Reached,
    /// <summary>At the recent pace the target is reached by the deadline.</summary>
    [Label("按计划推进", "On track")]
    OnTrack,
    /// <summary>At the recent pace the target is reached only after the deadline, or the trend moves away from it.</summary>
    [Label("有风险", "At risk")]
    AtRisk,
    /// <summary>Data for the deadline month (or later) exist and do not meet the target.</summary>
    [Label("未达到", "Missed")]
    Missed,
    /// <summary>Too few comparable observations to fit a trend: no projection is made.</summary>
    [Label("数据不足", "Too few data")]
    InsufficientData,
}
