using nietras.SeparatedValues;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>One row's fields as spans into the reader's buffer (no strings), already unquoted and trimmed.</summary>
internal ref struct RawRegisterFields
{
    public ReadOnlySpan<char> Uscc;
    public ReadOnlySpan<char> Name;
    public ReadOnlySpan<char> Region;
    public ReadOnlySpan<char> Industry;
    public ReadOnlySpan<char> Employees;
    public ReadOnlySpan<char> Revenue;
    public ReadOnlySpan<char> Assets;
    public ReadOnlySpan<char> ReportingYear;

    /// <summary>The fields of a Sep row, located by the header mapping; the batch classifier and its benchmark share this.</summary>
    public static RawRegisterFields FromRow(SepReader.Row row, RegisterColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var p = columns.Positions;
        return new RawRegisterFields
        {
            Uscc = Clean(row[p[RegisterColumns.Uscc]].Span),
            Name = Clean(row[p[RegisterColumns.Name]].Span),
            Region = Clean(row[p[RegisterColumns.Region]].Span),
            Industry = Clean(row[p[RegisterColumns.Industry]].Span),
            Employees = Clean(row[p[RegisterColumns.Employees]].Span),
            Revenue = Clean(row[p[RegisterColumns.Revenue]].Span),
            Assets = Clean(row[p[RegisterColumns.Assets]].Span),
            ReportingYear = columns.HasReportingYear ? Clean(row[p[RegisterColumns.ReportingYear]].Span) : default,
        };
    }

    /// <summary>
    /// CSV quoting: strips one pair of surrounding quotes; doubled quotes inside stay (only the name can hold them). A cell
    /// our own export guarded against formulas ('=…) reads back as it was.
    /// </summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> field)
    {
        var s = field.Trim();
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"') s = s[1..^1].Trim();
        return CsvCells.Restore(s);
    }
}

/// <summary>The validated numbers of a row; codes stay as the spans they came in.</summary>
internal readonly record struct ParsedRegisterFields(SizeFigures Figures, int? ReportingYear);

/// <summary>Why a row was rejected, in both languages, with a stable key for counting.</summary>
internal sealed record RowProblem(string Key, string Zh, string En);
