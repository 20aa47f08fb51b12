using System.Text;

namespace Yiwang.Cultivation.Features.BatchEvaluate;

/// <summary>RFC 4180 fields on one physical line (quoted fields may hold commas and doubled quotes, not line breaks).</summary>
internal static class CsvLine
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }

        fields.Add(field.ToString());
        return fields;
    }

    public static string Join(IEnumerable<string> fields) => string.Join(",", fields.Select(Quote));

    // Also neutralises spreadsheet formulas: a cell starting with = + - @ is prefixed with an apostrophe.
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
