namespace Yiwang.Kernel.Web.Charts;

/// <summary>One named series of a category chart; a null value is "no data" (a gap), never zero.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string? Color = null);
