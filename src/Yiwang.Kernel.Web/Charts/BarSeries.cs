namespace Yiwang.Kernel.Web.Charts;

/// <summary>One series of a <see cref="BarChart"/>: its legend text and colour.</summary>
public sealed record BarSeries(string Name, string Color)
{
    /// <summary>Distinguishable on white and in greyscale print, in this order.</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#1d4ed8", "#0891b2", "#16a34a", "#ca8a04", "#dc2626"];

    /// <summary>Series named in order, coloured from <see cref="Palette"/>.</summary>
    public static IReadOnlyList<BarSeries> Named(IEnumerable<string> names) =>
        [.. names.Select((name, i) => new BarSeries(name, Palette[i % Palette.Count]))];
}
