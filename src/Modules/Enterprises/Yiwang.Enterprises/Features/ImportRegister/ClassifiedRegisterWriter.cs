using System.Text;
using MiniExcelLibs;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>A register row with its classification, as the CLI batch writes it.</summary>
internal sealed record ClassifiedRow(IReadOnlyList<string> Cells, string Size, string IndustryRow, string RuleSet, string Reason);

/// <summary>
/// The CLI's classified output: the input columns plus size, industry_row, rule_set and reason (codes, for scripts), as
/// CSV in UTF-8 with BOM (so Excel shows Chinese correctly) or .xlsx. Cells go through the platform's <see cref="CsvWriter"/>,
/// so a name such as "=HYPERLINK(…)" is written as text. The web export is <c>RegisterExport</c> (labels, not codes).
/// </summary>
internal static class ClassifiedRegisterWriter
{
    public static readonly string[] AddedColumns = ["size", "industry_row", "rule_set", "reason"];

    /// <summary>UTF-8 with a byte-order mark: without it Excel on Chinese Windows reads the file as GBK.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static void WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<ClassifiedRow> rows)
    {
        using var csv = new CsvWriter(new StreamWriter(output, Utf8WithBom, 1 << 16, leaveOpen: true), newLine: "\n");
        csv.Row(header.Concat(AddedColumns));
        foreach (var row in rows) csv.Row(row.Cells.Concat([row.Size, row.IndustryRow, row.RuleSet, row.Reason]));
    }

    /// <summary>MiniExcel writes every string as a string cell (<c>t="str"</c>, never <c>&lt;f&gt;</c>), so nothing in it is a formula.</summary>
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
        CsvCells.WriteText(writer, reason);
        writer.Write(',');
        CsvCells.WriteText(writer, original);
        writer.Write('\n');
    }
}
