namespace Yiwang.Kernel.Web.Charts;

/// <summary>What one chart draws, in SVG user units, already formatted: the component only prints it.</summary>
internal sealed record ChartDrawing(int Height, IReadOnlyList<RowDrawing> Rows);

internal sealed record RowDrawing(string Label, SvgText Caption, IReadOnlyList<BarDrawing> Bars, IReadOnlyList<SvgText> Values);

internal sealed record BarDrawing(double X, double Y, double Width, double Height, string Color, string Tooltip);

internal sealed record SvgText(double X, double Y, string Content, string? Anchor = null);

/// <summary>The parameters of one <see cref="BarChart"/>, with the single-series default already applied.</summary>
internal sealed record BarChartSpec(
    IReadOnlyList<BarRow> Rows, IReadOnlyList<BarSeries> Series, bool Stacked, BarOrientation Orientation,
    int Width, int LabelWidth, string Format, bool ShowValues);
