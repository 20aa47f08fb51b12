namespace Yiwang.Kernel.Web.Charts;

/// <summary>
/// One category of a <see cref="BarChart"/> (a region, a status, a month): one value per series, in the order of the
/// chart's series. A null value draws nothing (e.g. a group suppressed for privacy); <paramref name="Color"/> overrides the
/// series colour when the chart has a single series (sizes in their own colours).
/// </summary>
public sealed record BarRow(string Label, IReadOnlyList<double?> Values, string? Color = null)
{
    public static BarRow Of(string label, double? value, string? color = null) => new(label, [value], color);
}
