namespace Yiwang.Kernel.Web.Charts;

/// <summary>A target drawn as a dashed line across the chart ("2027年目标 450万座").</summary>
public sealed record ChartTarget(double Value, string Label);
