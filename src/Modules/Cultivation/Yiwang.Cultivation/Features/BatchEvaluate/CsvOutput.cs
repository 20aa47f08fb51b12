using System.Globalization;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>Writes RFC 4180 rows for the result and errors files (reading goes through Sep, see <see cref="FactsFileReader"/>).</summary>
internal static class CsvOutput
{
    public static string Join(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    // Officials open these files in Excel/WPS: a cell starting with = + - @ would run as a formula (CSV injection), so it
    // gets an apostrophe; plain negative numbers stay numbers.
    public static string Neutralise(string field) =>
        field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, CultureInfo.InvariantCulture, out _)
            ? "'" + field : field;

    private static string Quote(string field)
    {
        field = Neutralise(field);
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
