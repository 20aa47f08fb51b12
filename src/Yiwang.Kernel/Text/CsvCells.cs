using System.Text.RegularExpressions;

namespace Yiwang.Kernel.Text;

/// <summary>
/// How one CSV cell is written (RFC 4180 quoting) and made safe for spreadsheets. The neutralisation rule, for every CSV
/// the platform writes:
/// <list type="bullet">
/// <item>A <b>text</b> cell whose first character (after leading spaces) is <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return gets an apostrophe in front (OWASP "CSV injection"): Excel, WPS and LibreOffice read such a cell
/// as a formula (<c>=HYPERLINK(…)</c>, <c>+cmd|' /C calc'!A0</c>, <c>@SUM(…)</c>, <c>-2+3</c>), and the apostrophe makes
/// them show it as text.</item>
/// <item>A text cell that is a plain decimal number (<c>-3.5</c>, <c>+12</c>) is left as it is: it cannot run anything,
/// and a prefix would turn a figure into text.</item>
/// <item><b>Number</b> cells (<see cref="CsvWriter.Number(decimal?, int)"/>) are formatted by us and never prefixed.</item>
/// </list>
/// Imports call <see cref="Restore"/> so a file the platform exported reads back with its original text.
/// </summary>
public static partial class CsvCells
{
    /// <summary>Put in front of a formula-like text cell.</summary>
    public const char FormulaGuard = '\'';

    /// <summary>Whether a spreadsheet would take the text for a formula (and it is not a plain number).</summary>
    public static bool IsFormulaLike(ReadOnlySpan<char> text)
    {
        var start = text.TrimStart(' ');
        if (start.IsEmpty || start[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return false;
        return !PlainNumber().IsMatch(start);
    }

    /// <summary>Whether the cell must be enclosed in quotes: it holds the separator, a quote or a line break.</summary>
    public static bool NeedsQuotes(ReadOnlySpan<char> text, char separator = ',') =>
        text.IndexOfAny('"', '\r', '\n') >= 0 || text.IndexOf(separator) >= 0;

    /// <summary>The text cell as it goes into the file: neutralised when formula-like, quoted when needed.</summary>
    public static string Text(string? value, char separator = ',')
    {
        var text = value ?? string.Empty;
        if (IsFormulaLike(text)) text = FormulaGuard + text;
        return NeedsQuotes(text, separator) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>
    /// RFC 4180 quoting only, for showing a row as CSV-like text on a page (an import report). Not for files: a file's
    /// cells go through <see cref="Text"/> or <see cref="CsvWriter"/>, which also neutralise formulas.
    /// </summary>
    public static string Quote(string? value)
    {
        var text = value ?? string.Empty;
        return NeedsQuotes(text) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    /// <summary>Writes a text cell without allocating in the common case (no guard, no quotes needed).</summary>
    public static void WriteText(TextWriter writer, ReadOnlySpan<char> value, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(writer);
        var guard = IsFormulaLike(value);
        if (!NeedsQuotes(value, separator))
        {
            if (guard) writer.Write(FormulaGuard);
            writer.Write(value);
            return;
        }

        writer.Write('"');
        if (guard) writer.Write(FormulaGuard);
        foreach (var c in value)
        {
            if (c == '"') writer.Write('"');
            writer.Write(c);
        }

        writer.Write('"');
    }

    /// <summary>The original text of a cell this platform neutralised (an import of our own export); other cells unchanged.</summary>
    public static ReadOnlySpan<char> Restore(ReadOnlySpan<char> cell) =>
        cell.Length > 1 && cell[0] == FormulaGuard && IsFormulaLike(cell[1..]) ? cell[1..] : cell;

    /// <inheritdoc cref="Restore(ReadOnlySpan{char})"/>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == FormulaGuard && IsFormulaLike(cell.AsSpan(1)) ? cell[1..] : cell;
    }

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex PlainNumber();
}
