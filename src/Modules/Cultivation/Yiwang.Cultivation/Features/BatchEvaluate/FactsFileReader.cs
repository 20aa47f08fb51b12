using Yiwang.Kernel.Text;
using System.Globalization;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Yiwang.Cultivation.Contracts;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>
/// Streams a facts file: .csv through Sep (UTF-8 or GB18030, detected) or .xlsx through MiniExcel (first sheet). The header
/// comes first; rows follow as they are read, so a million rows never sit in memory.
/// </summary>
internal sealed class FactsFileReader : IDisposable
{
    private readonly FileStream stream;
    private readonly SepReader? csv;
    private IEnumerator<(long Line, string[] Cells)>? excelRows;

    private FactsFileReader(FileStream stream, SepReader? csv, string[] header)
    {
        this.stream = stream;
        this.csv = csv;
        Header = header;
    }

    public string[] Header { get; }

    public static FactsFileReader Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CultivationBatchException($"无法读取输入文件：{ex.Message}", $"Cannot read the input file: {ex.Message}", ex);
        }

        try
        {
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                var first = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).FirstOrDefault()
                    ?? throw new CultivationBatchException("工作表为空，没有表头", "The sheet is empty: no header row");
                stream.Position = 0;
                return new FactsFileReader(stream, null, Cells((IDictionary<string, object?>)first).Reverse().SkipWhile(string.IsNullOrEmpty).Reverse().ToArray());
            }

            var text = new StreamReader(stream, TextFileEncoding.Detect(stream), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            var reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All }).From(text);
            if (reader.Header.IsEmpty) throw new CultivationBatchException("输入文件为空", "The input file is empty");
            return new FactsFileReader(stream, reader, reader.Header.ColNames.ToArray());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            stream.Dispose();
            throw new CultivationBatchException($"无法读取输入文件：{ex.Message}", $"Cannot read the input file: {ex.Message}", ex);
        }
        catch (CultivationBatchException)
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Fills <paramref name="chunk"/> with up to <paramref name="rows"/> rows, each with its line (CSV) or row number
    /// (.xlsx) and its cells, unquoted and trimmed; false once the file is done and nothing was read.
    /// </summary>
    public bool Read(RowChunk chunk, int rows)
    {
        chunk.Clear();
        if (csv is null)
        {
            excelRows ??= ExcelRows().GetEnumerator();
            while (chunk.Count < rows && excelRows.MoveNext())
            {
                chunk.StartRow(excelRows.Current.Line);
                foreach (var cell in excelRows.Current.Cells) chunk.AddCell(cell);
            }

            return chunk.Count > 0;
        }

        while (chunk.Count < rows && csv.MoveNext())
        {
            var row = csv.Current;
            if (row.ColCount == 1 && row[0].Span.IsEmpty) continue; // blank line
            chunk.StartRow(row.LineNumberFrom);
            for (var i = 0; i < row.ColCount; i++) chunk.AddCell(row[i].Span);
        }

        return chunk.Count > 0;
    }

    public void Dispose()
    {
        excelRows?.Dispose();
        csv?.Dispose();
        stream.Dispose();
    }

    private IEnumerable<(long Line, string[] Cells)> ExcelRows()
    {
        long line = 0;
        foreach (var item in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            line++;
            if (line == 1) continue;
            var cells = Cells((IDictionary<string, object?>)item).ToArray();
            if (cells.All(string.IsNullOrEmpty)) continue;
            // MiniExcel pads every row to the widest one; cells past the header count only if they hold something.
            var width = Math.Max(Header.Length, Array.FindLastIndex(cells, c => c.Length > 0) + 1);
            yield return (line, cells.Length == width ? cells : cells.Take(width).Concat(Enumerable.Repeat(string.Empty, Math.Max(0, width - cells.Length))).ToArray());
        }
    }

    private static IEnumerable<string> Cells(IDictionary<string, object?> row) => row.Values.Select(value => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? string.Empty,
    });
}
