using System.Text;
using MiniExcelLibs;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>A register row with its classification, as exported.</summary>
internal sealed record ClassifiedRow(IReadOnlyList<string> Cells, string Size, string IndustryRow, string RuleSet, string Reason);

/// <summary>Exports classified rows: CSV in UTF-8 with BOM (so Excel shows Chinese correctly) or .xlsx.</summary>
internal static class ClassifiedRegisterWriter
{
    public static readonly string[] AddedColumns = ["size", "industry_row", "rule_set", "reason"];

    /// <summary>UTF-8 with a byte-order mark: without it Excel on Chinese Windows reads the file as GBK.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<ClassifiedRow> rows)
    {
        using var writer = new StreamWriter(output, Utf8WithBom, 1 << 16, leaveOpen: true);
        WriteLine(writer, header.Concat(AddedColumns));
        foreach (var row in rows) WriteLine(writer, row.Cells.Concat([row.Size, row.IndustryRow, row.RuleSet, row.Reason]));
    }

    public static void WriteXlsx(Stream output, IReadOnlyList<string> header, IEnumerable<ClassifiedRow> rows)
    {
        var names = header.Concat(AddedColumns).ToArray();
        var sheet = rows.Select(row =>
        {
            var values = row.Cells.Concat([row.Size, row.IndustryRow, row.RuleSet, row.Reason]).ToArray();
            var dict = new Dictionary<string, object?>(names.Length);
            for (var i = 0; i < names.Length; i++) dict[names[i]] = i < values.Length ? values[i] : null;
            return dict;
        });
        MiniExcel.SaveAs(output, sheet, printHeader: true, excelType: ExcelType.XLSX);
    }

    public static void WriteErrorsHeader(TextWriter writer) => writer.Write("line,reason,original\n");

    public static void WriteError(TextWriter writer, int line, string reason, ReadOnlySpan<char> original)
    {
        writer.Write(line);
        writer.Write(',');
        CsvText.Write(writer, reason);
        writer.Write(',');
        CsvText.Write(writer, original);
        writer.Write('\n');
    }

    private static void WriteLine(TextWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) writer.Write(',');
            CsvText.Write(writer, cell);
            first = false;
        }

        writer.Write('\n');
    }
}
