using System.Globalization;
using System.Text;

namespace Yiwang.Kernel.Text;

/// <summary>
/// The one CSV writer of the platform: streams rows to a <see cref="TextWriter"/>, quotes cells per RFC 4180 and
/// neutralises formula-like text cells (see <see cref="CsvCells"/> for the rule). Text goes through <see cref="Text(string?)"/>,
/// figures through <see cref="Number(decimal?, int)"/> (invariant culture, rounded, never prefixed); each row ends with
/// <see cref="EndRow"/>.
/// <code>
/// using var csv = CsvWriter.ToStream(response, excelBom: true);
/// csv.Row("统一社会信用代码", "企业名称");
/// csv.Text(e.Uscc).Text(e.Name).Number(e.Revenue, 4).EndRow();
/// </code>
/// </summary>
public sealed class CsvWriter : IDisposable
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _rowStarted;

    /// <param name="writer">Where rows go; its encoding decides the bytes (UTF-8, GB18030…).</param>
    /// <param name="newLine">RFC 4180 ends records with CRLF; "\n" for files read by Unix tools.</param>
    public CsvWriter(TextWriter writer, char separator = ',', string newLine = "\r\n", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        Separator = separator;
        NewLine = newLine;
        _leaveOpen = leaveOpen;
    }

    public char Separator { get; }

    public string NewLine { get; }

    /// <summary>
    /// A writer on a stream. <paramref name="excelBom"/> writes the UTF-8 byte-order mark, without which Excel on Chinese
    /// Windows reads the file as GBK; pass another <paramref name="encoding"/> (e.g. GB18030) for systems that need it.
    /// </summary>
    public static CsvWriter ToStream(Stream stream, bool excelBom = true, Encoding? encoding = null, string newLine = "\r\n", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var text = new StreamWriter(stream, encoding ?? Utf8NoBom, 1 << 16, leaveOpen);
        if (excelBom && (encoding ?? Utf8NoBom).CodePage == Encoding.UTF8.CodePage) text.Write('\uFEFF');
        return new CsvWriter(text, newLine: newLine);
    }

    /// <summary>A text cell: quoted when needed, an apostrophe in front when a spreadsheet would run it as a formula.</summary>
    public CsvWriter Text(ReadOnlySpan<char> value)
    {
        Separate();
        CsvCells.WriteText(_writer, value, Separator);
        return this;
    }

    public CsvWriter Text(string? value) => Text(value.AsSpan());

    /// <summary>A figure rounded to <paramref name="decimals"/> places (away from zero), without trailing zeros; empty when null.</summary>
    public CsvWriter Number(decimal? value, int decimals = 2)
    {
        Separate();
        if (value is { } v) _writer.Write(Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString(Pattern(decimals), CultureInfo.InvariantCulture));
        return this;
    }

    public CsvWriter Number(long? value)
    {
        Separate();
        if (value is { } v) _writer.Write(v.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A measured value; NaN and infinities are written as an empty cell (no data), never as text.</summary>
    public CsvWriter Number(double? value, int decimals)
    {
        Separate();
        if (value is { } v && double.IsFinite(v))
            _writer.Write(Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString(Pattern(decimals), CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A whole row of text cells.</summary>
    public CsvWriter Row(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells) Text(cell);
        return EndRow();
    }

    public CsvWriter Row(params string?[] cells) => Row((IEnumerable<string?>)cells);

    public CsvWriter EndRow()
    {
        _writer.Write(NewLine);
        _rowStarted = false;
        return this;
    }

    public void Flush() => _writer.Flush();

    public void Dispose()
    {
        if (_leaveOpen) _writer.Flush();
        else _writer.Dispose();
    }

    private void Separate()
    {
        if (_rowStarted) _writer.Write(Separator);
        _rowStarted = true;
    }

    private static string Pattern(int decimals) => decimals <= 0 ? "0" : "0." + new string('#', Math.Min(decimals, 28));
}
