using System.Globalization;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Reads the plain exchange format of <c>yiwang lca solve</c>: a header row, then <c>row,col,value</c> (matrices) or
/// <c>index,amount</c> (demand), 0-based. Every complaint names the file and line so a spreadsheet user can find it.
/// </summary>
internal static class TripletCsv
{
    public static readonly string[] MatrixHeader = ["row", "col", "value"];
    public static readonly string[] DemandHeader = ["index", "amount"];

    /// <summary>A parsed data line: its 1-based line number and its cells.</summary>
    internal readonly record struct Line(int Number, int[] Indices, double Value);

    public static List<Line> Read(string path, string[] header)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(header);
        string[] text;
        try
        {
            text = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LcaException($"无法读取 / cannot read '{path}': {ex.Message}", ex);
        }

        var expected = string.Join(',', header);
        if (text.Length == 0 || !SameHeader(text[0], header))
            throw Error(path, 1, $"缺少表头 / missing header: the first line must be '{expected}'");
        var lines = new List<Line>(text.Length - 1);
        for (var i = 1; i < text.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(text[i])) continue;
            lines.Add(Parse(path, i + 1, text[i], header));
        }

        return lines;
    }

    public static LcaException Error(string path, int line, string message) => new($"{path}:{line}: {message}");

    private static bool SameHeader(string line, string[] header)
    {
        var cells = line.Split(',', StringSplitOptions.TrimEntries);
        return cells.Length == header.Length && cells.Zip(header).All(c => string.Equals(c.First, c.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static Line Parse(string path, int number, string text, string[] header)
    {
        var cells = text.Split(',', StringSplitOptions.TrimEntries);
        if (cells.Length != header.Length)
            throw Error(path, number, $"应有 {header.Length} 列 / expected {header.Length} cells ({string.Join(',', header)}), found {cells.Length}");
        var indices = new int[header.Length - 1];
        for (var c = 0; c < indices.Length; c++)
        {
            if (!int.TryParse(cells[c], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out indices[c]))
                throw Error(path, number, $"'{header[c]}' 不是整数 / '{header[c]}' is not an integer: '{cells[c]}'");
            if (indices[c] < 0)
                throw Error(path, number, $"'{header[c]}' 不能为负 / '{header[c]}' must not be negative: {indices[c]}");
        }

        var last = cells[^1];
        if (!double.TryParse(last, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Error(path, number, $"'{header[^1]}' 不是数值 / '{header[^1]}' is not a finite number: '{last}'");
        return new Line(number, indices, value);
    }
}
