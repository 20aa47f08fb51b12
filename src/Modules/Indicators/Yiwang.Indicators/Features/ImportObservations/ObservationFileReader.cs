using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Yiwang.Kernel.Files;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>One data row of an import file: the cells by canonical column name, and the row as the file had it.</summary>
internal sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Cells, string Original)
{
    public string Cell(string column) => Cells.TryGetValue(column, out var v) ? v : string.Empty;
}

/// <summary>A file the import cannot read at all: wrong type, no header, missing columns.</summary>
internal sealed class ImportFileException(Bilingual problem) : Exception(problem.En)
{
    public Bilingual Problem { get; } = problem;

    /// <summary>Over a size limit (HTTP 413) rather than unreadable.</summary>
    public bool TooLarge { get; init; }
}

/// <summary>
/// Reads .csv (UTF-8 with or without BOM, or GB18030 as saved by Excel on Chinese Windows) and .xlsx files. Monthly
/// statistics files are small, so the whole file is decoded in memory: a strict UTF-8 decode either succeeds or the
/// bytes are GB18030 (a superset of GBK/GB2312).
/// </summary>
internal static class ObservationFileReader
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static IReadOnlyList<ImportRow> Read(byte[] content, string fileName) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadExcel(content) : ReadCsv(Decode(content));

    public static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.Value.GetString(content);
        }
    }

    private static List<ImportRow> ReadCsv(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ImportFileException(new("文件为空", "The file is empty"));
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).FromText(text);
        var columns = Columns(reader.Header.ColNames);
        var rows = new List<ImportRow>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString().Trim();
            if (cells.All(string.IsNullOrEmpty)) continue;
            rows.Add(ToRow(row.LineNumberFrom, cells, columns, row.Span.ToString()));
        }

        return rows;
    }

    private static List<ImportRow> ReadExcel(byte[] content)
    {
        var rows = new List<ImportRow>();
        string?[]? columns = null;
        var line = 0;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            XlsxGuard.Check(stream, XlsxLimits.Upload); // a decompression bomb or an oversized sheet is refused before MiniExcel allocates
            foreach (var item in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                line++;
                var cells = ((IDictionary<string, object?>)item).Values.Select(CellText).ToArray();
                if (columns is null)
                {
                    columns = Columns(cells);
                    continue;
                }

                if (cells.All(string.IsNullOrEmpty)) continue;
                rows.Add(ToRow(line, cells, columns, string.Join(',', cells)));
            }
        }
        catch (XlsxRejectedException ex)
        {
            throw new ImportFileException(ex.Problem) { TooLarge = ex.TooLarge };
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException or IOException)
        {
            throw new ImportFileException(new($"无法读取 .xlsx 文件：{ex.Message}", $"Cannot read the .xlsx file: {ex.Message}"));
        }

        return columns is null ? throw new ImportFileException(new("工作表为空，没有表头", "The sheet is empty: no header row")) : rows;
    }

    private static string?[] Columns(IReadOnlyList<string> header)
    {
        var columns = ImportColumns.Map(header, out var missing);
        if (missing.Count > 0)
            throw new ImportFileException(new($"表头缺少必填列：{string.Join("、", missing)}（可用列：indicator,region,period,value,unit,status,confidence,source,note）",
                $"The header lacks required columns: {string.Join(", ", missing)} (columns: indicator,region,period,value,unit,status,confidence,source,note)"));
        return columns;
    }

    private static ImportRow ToRow(int line, string[] cells, string?[] columns, string original)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(cells.Length, columns.Length); i++)
            if (columns[i] is { } name) named[name] = cells[i];
        return new ImportRow(line, named, original);
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM", CultureInfo.InvariantCulture), // a period typed into Excel becomes a date
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
