using System.Globalization;
using System.Text.RegularExpressions;

namespace Yiwang.Kernel.Web.Charts;

/// <summary>
/// Places the bars. A bar's length is proportional to its value over the longest row (its total when stacked); negative
/// and missing values get no length, because a bar from zero cannot show them honestly; their figure stays in the value
/// label and the tooltip. Nothing here may be negative or non-finite: browsers drop a whole rect with width="-3".
/// </summary>
internal static partial class BarLayout
{
    // Sizes of the charts the modules drew before they shared this one (24-unit rows, 18-unit bars, 52-unit month slots).
    private const int RowHeight = 24, Band = 18, Gap = 2, Top = 5, ValueSpace = 80, PlotTop = 10, ValueHeadroom = 14, PlotHeight = 160, AxisSpace = 30, MaxSlot = 52, Margin = 10;

    // CSS sets chart text to 12px: a CJK character is about 12 units wide, a Latin one about 7.
    private const int WideChar = 12, NarrowChar = 7;

    public static ChartDrawing Lay(BarChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var max = spec.Rows.Select(r => Extent(r, spec.Stacked)).DefaultIfEmpty(0).Max();
        return spec.Orientation == BarOrientation.Vertical ? Vertical(spec, max) : Horizontal(spec, max);
    }

    private static ChartDrawing Horizontal(BarChartSpec spec, double max)
    {
        var grouped = IsGrouped(spec);
        var rowHeight = grouped ? spec.Series.Count * Band + Gap * 3 : RowHeight;
        var barHeight = grouped ? Band - Gap : Band;
        var room = Math.Max(0, spec.Width - spec.LabelWidth - ValueSpace);
        var rows = new List<RowDrawing>(spec.Rows.Count);
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            var top = Top + i * rowHeight;
            var caption = new SvgText(spec.LabelWidth - 6, top + (rowHeight - 6) / 2.0 + 5, Shorten(row.Label, (spec.LabelWidth - 6) / WideChar), "end");
            var bars = new List<BarDrawing>();
            var values = new List<SvgText>();
            var end = (double)spec.LabelWidth;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (ValueAt(row, s) is not { } value) continue;
                var length = Scale(value, max, room);
                var x = spec.Stacked ? end : spec.LabelWidth;
                var y = grouped ? top + s * Band : top;
                bars.Add(new BarDrawing(x, y, length, barHeight, ColorOf(spec, row, s), Tooltip(spec, row, s, value)));
                end = spec.Stacked ? end + length : Math.Max(end, x + length);
                if (grouped && spec.ShowValues) values.Add(new SvgText(x + length + 6, y + barHeight / 2.0 + 4, Format(spec, value)));
            }

            if (!grouped && spec.ShowValues && Total(row) is { } total) values.Add(new SvgText(end + 6, top + 14, Format(spec, total)));
            rows.Add(new RowDrawing(row.Label, caption, bars, values));
        }

        return new ChartDrawing(spec.Rows.Count * rowHeight + 2 * Top, rows);
    }

    private static ChartDrawing Vertical(BarChartSpec spec, double max)
    {
        var grouped = IsGrouped(spec);
        var perSlot = grouped ? spec.Series.Count : 1;
        var slot = spec.Rows.Count == 0 ? MaxSlot : Math.Min(MaxSlot, (spec.Width - 2.0 * Margin) / spec.Rows.Count);
        var barWidth = Math.Max(1, Math.Min(Band, (slot - 8 - (perSlot - 1) * Gap) / perSlot));
        var groupWidth = perSlot * barWidth + (perSlot - 1) * Gap;
        // Value labels sit above the bars: the tallest one needs room under the top edge.
        var plotBase = PlotTop + (spec.ShowValues ? ValueHeadroom : 0) + PlotHeight;
        var height = plotBase + AxisSpace;
        var rows = new List<RowDrawing>(spec.Rows.Count);
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            var left = Margin + i * slot;
            var caption = new SvgText(left + groupWidth / 2, height - 4, Shorten(row.Label, Math.Max(1, (int)(slot / NarrowChar))), "middle");
            var bars = new List<BarDrawing>();
            var values = new List<SvgText>();
            var top = (double)plotBase;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (ValueAt(row, s) is not { } value) continue;
                var length = Scale(value, max, PlotHeight);
                var x = grouped ? left + s * (barWidth + Gap) : left;
                var y = spec.Stacked ? top - length : plotBase - length;
                bars.Add(new BarDrawing(x, y, barWidth, length, ColorOf(spec, row, s), Tooltip(spec, row, s, value)));
                top = Math.Min(top, y);
                if (grouped && spec.ShowValues) values.Add(new SvgText(x + barWidth / 2, y - 3, Format(spec, value), "middle"));
            }

            if (!grouped && spec.ShowValues && Total(row) is { } total) values.Add(new SvgText(left + groupWidth / 2, top - 3, Format(spec, total), "middle"));
            rows.Add(new RowDrawing(row.Label, caption, bars, values));
        }

        return new ChartDrawing(height, rows);
    }

    private static bool IsGrouped(BarChartSpec spec) => spec.Series.Count > 1 && !spec.Stacked;

    /// <summary>How far the row reaches along the value axis, in data units.</summary>
    private static double Extent(BarRow row, bool stacked)
    {
        var lengths = row.Values.Select(v => Math.Max(0, Finite(v) ?? 0));
        return stacked ? lengths.Sum() : lengths.DefaultIfEmpty(0).Max();
    }

    private static double Scale(double value, double max, double room) =>
        max > 0 && value > 0 ? room * value / max : 0;

    private static double? ValueAt(BarRow row, int series) => series < row.Values.Count ? Finite(row.Values[series]) : null;

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The figure written after a single or stacked bar: the value, or the row's total; none when all are missing.</summary>
    private static double? Total(BarRow row)
    {
        var present = row.Values.Select(Finite).Where(v => v is not null).ToList();
        return present.Count == 0 ? null : present.Sum();
    }

    private static string Tooltip(BarChartSpec spec, BarRow row, int series, double value) => spec.Series.Count > 1
        ? $"{row.Label} · {spec.Series[series].Name}: {Format(spec, value)}"
        : $"{row.Label}: {Format(spec, value)}";

    private static string Format(BarChartSpec spec, double value) => value.ToString(spec.Format, CultureInfo.CurrentCulture);

    private static string ColorOf(BarChartSpec spec, BarRow row, int series) =>
        SafeColor(spec.Series.Count == 1 && row.Color is not null ? row.Color : spec.Series[series].Color);

    /// <summary>Colours end up in fill and style attributes: only a hex colour or a colour keyword may get there.</summary>
    internal static string SafeColor(string? color) => color is not null && ColorPattern().IsMatch(color) ? color : BarSeries.Palette[0];

    /// <summary>Long official names (工业（采矿业，制造业…）) would run into the bars; the full name is in each bar's tooltip.</summary>
    internal static string Shorten(string label, int maxChars)
    {
        var text = new StringInfo(label ?? string.Empty);
        return text.LengthInTextElements <= maxChars ? text.String : text.SubstringByTextElements(0, Math.Max(0, maxChars - 1)) + "…";
    }

    [GeneratedRegex("^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$")]
    private static partial Regex ColorPattern();
}
