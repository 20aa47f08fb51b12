using nietras.SeparatedValues;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>
/// The batch copies each good input row verbatim (no strings per row). A row whose cell a spreadsheet would run as a
/// formula (=, +, -, @ …) is the exception: that cell is rewritten through <see cref="CsvCells"/>, the rest stays as it was.
/// The check looks at the first character of each cell only, so the fast path stays fast.
/// </summary>
internal static class FormulaSafeRow
{
    public static void Write(TextWriter output, SepReader.Row row)
    {
        if (!HasFormulaLikeCell(row))
        {
            output.Write(row.Span);
            return;
        }

        for (var i = 0; i < row.ColCount; i++)
        {
            if (i > 0) output.Write(',');
            var raw = row[i].Span;
            var inner = Unquoted(raw);
            if (CsvCells.IsFormulaLike(inner)) CsvCells.WriteText(output, inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal));
            else output.Write(raw);
        }
    }

    private static bool HasFormulaLikeCell(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (CsvCells.IsFormulaLike(Unquoted(row[i].Span))) return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> raw) =>
        raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' ? raw[1..^1] : raw;
}
