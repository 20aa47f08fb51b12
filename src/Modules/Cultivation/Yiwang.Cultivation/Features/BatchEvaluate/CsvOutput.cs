using System.Globalization;
using System.Text;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>Writes RFC 4180 rows for the result and errors files (reading goes through Sep, see <see cref="FactsFileReader"/>).</summary>
internal static class CsvOutput
{
    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(",\"\n\r");

    public static string Join(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    /// <summary>Appends one field (quoted and neutralised like <see cref="Join"/>), with a comma before all but the first.</summary>
    public static StringBuilder Field(this StringBuilder row, string field, bool first = false)
    {
        if (!first) row.Append(',');
        field = Neutralise(field);
        if (field.AsSpan().IndexOfAny(NeedQuotes) < 0) return row.Append(field);
        return row.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    // Officials open these files in Excel/WPS: a cell starting with = + - @ would run as a formula (CSV injection), so it
    // gets an apostrophe; plain negative numbers stay numbers.
    public static string Neutralise(string field) =>
        field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, CultureInfo.InvariantCulture, out _)
            ? "'" + field : field;

    private static string Quote(string field)
    {
        field = Neutralise(field);
        return field.AsSpan().IndexOfAny(NeedQuotes) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
