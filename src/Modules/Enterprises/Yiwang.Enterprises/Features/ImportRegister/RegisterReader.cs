using System.Globalization;
using System.Text;
using System.Xml;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Files;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>
/// Streams a register file (.csv in UTF-8 or GB18030, or .xlsx) row by row. File-level problems (unreadable,
/// header without the required columns, a workbook over <see cref="XlsxLimits"/>) throw <see cref="RegisterFileException"/>;
/// bad rows come back as errors.
/// </summary>
internal static class RegisterReader
{
    public static bool IsExcel(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>A local file (the CLI): only Excel's own sheet limits apply.</summary>
    public static IEnumerable<RegisterReadResult> Read(string path) =>
        IsExcel(path) ? ReadExcel(OpenFile(path), ownsStream: true, XlsxLimits.Format) : ReadCsv(OpenFile(path), ownsStream: true);

    /// <param name="limits">What a workbook may hold: <see cref="XlsxLimits.Upload"/> for files from the web.</param>
    public static IEnumerable<RegisterReadResult> Read(Stream stream, string fileName, XlsxLimits limits) =>
        IsExcel(fileName) ? ReadExcel(stream, ownsStream: false, limits) : ReadCsv(stream, ownsStream: false);

    public static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new RegisterFileException(new($"无法读取文件“{path}”：{ex.Message}", $"Cannot read '{path}': {ex.Message}"));
        }
    }

    /// <summary>Opens a Sep reader with the encoding detected and the header checked; the batch path uses it too.</summary>
    public static (SepReader Reader, RegisterColumns Columns, Encoding Encoding) OpenCsv(Stream stream, bool ownsStream)
    {
        if (!stream.CanSeek) throw new ArgumentException("The stream must be seekable to detect its encoding", nameof(stream));
        var encoding = TextFileEncoding.Detect(stream);
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: !ownsStream);
        SepReader reader;
        try
        {
            // Quotes are kept in the columns (Unescape off) so the raw row can be echoed and copied verbatim.
            reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = false }).From(text);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or IOException)
        {
            text.Dispose();
            throw new RegisterFileException(new($"无法读取表头：{ex.Message}", $"Cannot read the header: {ex.Message}"));
        }

        var names = reader.Header.ColNames.Select(n => RawRegisterFields.Clean(n).ToString()).ToArray();
        var columns = RegisterColumns.TryMap(names, out var problem);
        if (columns is null)
        {
            reader.Dispose();
            throw new RegisterFileException(problem!);
        }

        return (reader, columns, encoding);
    }

    private static IEnumerable<RegisterReadResult> ReadCsv(Stream stream, bool ownsStream)
    {
        var (reader, columns, _) = OpenCsv(stream, ownsStream);
        using (reader)
        {
            foreach (var row in reader)
            {
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = Unquote(row[i].Span);
                yield return ToResult(row.LineNumberFrom, cells, columns, row.Span.ToString());
            }
        }
    }

    private static IEnumerable<RegisterReadResult> ReadExcel(Stream stream, bool ownsStream, XlsxLimits limits)
    {
        try
        {
            Guard(stream, limits);
            using var sheet = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
            RegisterColumns? columns = null;
            var line = 0;
            while (NextRow(sheet) is { } item)
            {
                line++;
                var cells = item.Values.Select(CellText).ToArray();
                if (columns is null)
                {
                    columns = RegisterColumns.TryMap(cells, out var problem) ?? throw new RegisterFileException(problem!);
                    continue;
                }

                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                var width = Math.Max(columns.FileColumnCount, LastNonEmpty(cells) + 1);
                var row = new string[width];
                Array.Fill(row, string.Empty);
                cells.AsSpan(0, Math.Min(width, cells.Length)).CopyTo(row);
                yield return ToResult(line, row, columns, OriginalText(row));
            }

            if (columns is null) throw new RegisterFileException(new("工作表为空，没有表头", "The sheet is empty: no header row"));
        }
        finally
        {
            if (ownsStream) stream.Dispose();
        }
    }

    /// <summary>Refuses a decompression bomb or an oversized sheet before MiniExcel allocates for it.</summary>
    private static void Guard(Stream stream, XlsxLimits limits)
    {
        try
        {
            XlsxGuard.Check(stream, limits);
        }
        catch (XlsxRejectedException ex)
        {
            throw new RegisterFileException(new(ex.Problem.Zh, ex.Problem.En, ex.TooLarge));
        }
    }

    /// <summary>The next row, or null at the end; a workbook the guard passed but MiniExcel cannot read is a file problem, not a 500.</summary>
    private static IDictionary<string, object?>? NextRow(IEnumerator<dynamic> sheet)
    {
        try
        {
            return sheet.MoveNext() ? (IDictionary<string, object?>)sheet.Current : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or XmlException or NotSupportedException or IOException
            or FormatException or InvalidCastException or IndexOutOfRangeException or KeyNotFoundException)
        {
            throw new RegisterFileException(new("无法读取该 Excel 工作簿，请在 Excel 中另存为 .xlsx 或 .csv 后重试",
                "The Excel workbook cannot be read; save it again from Excel as .xlsx or .csv and retry"));
        }
    }

    /// <summary>A row as it would look in a CSV file, for the import report (quoted where needed, nothing added).</summary>
    internal static string OriginalText(IEnumerable<string> cells) => string.Join(',', cells.Select(CsvCells.Quote));

    internal static RegisterReadResult ToResult(int line, string[] cells, RegisterColumns columns, string original)
    {
        if (cells.Length != columns.FileColumnCount)
        {
            return new(null, new RegisterRowError(line, "row.columns",
                $"本行有{cells.Length}列，表头有{columns.FileColumnCount}列（字段中的逗号需加引号）",
                $"The row has {cells.Length} columns, the header {columns.FileColumnCount} (quote fields that contain commas)", original));
        }

        string Cell(int c) => columns.Positions[c] < 0 ? string.Empty : cells[columns.Positions[c]];
        var raw = new RawRegisterFields
        {
            Uscc = Cell(RegisterColumns.Uscc), Name = Cell(RegisterColumns.Name), Region = Cell(RegisterColumns.Region),
            Industry = Cell(RegisterColumns.Industry), Employees = Cell(RegisterColumns.Employees),
            Revenue = Cell(RegisterColumns.Revenue), Assets = Cell(RegisterColumns.Assets), ReportingYear = Cell(RegisterColumns.ReportingYear),
        };
        if (!RegisterFieldParser.TryParse(raw, out var parsed, out var problem))
        {
            return new(null, new RegisterRowError(line, problem!.Key, problem.Zh, problem.En, original));
        }

        return new(new RegisterRecord(line, Uscc.Parse(Cell(RegisterColumns.Uscc)), Cell(RegisterColumns.Name),
            RegionCode.Parse(Cell(RegisterColumns.Region)), IndustryCode.Parse(Cell(RegisterColumns.Industry)),
            parsed.Figures, parsed.ReportingYear, cells), null);
    }

    private static string Unquote(ReadOnlySpan<char> field)
    {
        var s = field.Trim();
        var text = s.Length >= 2 && s[0] == '"' && s[^1] == '"'
            ? s[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal).Trim()
            : s.ToString();
        return CsvCells.Restore(text);
    }

    private static int LastNonEmpty(string[] cells) => Array.FindLastIndex(cells, c => !string.IsNullOrWhiteSpace(c));

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => CsvCells.Restore(s.Trim()),
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
