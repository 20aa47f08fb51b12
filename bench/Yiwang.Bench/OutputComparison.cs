using System.Globalization;
using nietras.SeparatedValues;

namespace Yiwang.Bench;

/// <summary>
/// <c>verify --ours OUT.csv --duckdb DUCK.csv</c>: the CLI writes classified rows to OUT.csv and the rest to
/// OUT.csv.errors.csv; DuckDB writes every row (in its own order, its parallel CSV writer does not keep the input
/// order) with an empty size when it cannot classify. Rows are matched on their seven input fields; every row must
/// have the same size on both sides, or be unclassified on both.
/// </summary>
internal static class OutputComparison
{
    private const int InputColumns = 7;

    public static int Run(BenchArgs args)
    {
        var oursPath = args.Required("ours");
        var ours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var fields in Rows(oursPath)) Add(ours, Key(fields), fields[InputColumns]);
        foreach (var fields in Rows(args.Optional("errors") ?? oursPath + ".errors.csv"))
        {
            Add(ours, Key(SplitCsv(fields[2])), string.Empty);
        }

        long rows = 0, sameSize = 0, bothUnclassified = 0, differentSize = 0, onlyOurs = 0, onlyDuck = 0, missing = 0;
        var examples = new List<string>();
        foreach (var d in Rows(args.Required("duckdb")))
        {
            rows++;
            var key = Key(d);
            var dSize = d[InputColumns];
            if (!ours.TryGetValue(key, out var sizes) || sizes.Count == 0)
            {
                Note(ref missing, $"not in the CLI output: {key}");
                continue;
            }

            var oSize = sizes[^1];
            sizes.RemoveAt(sizes.Count - 1);
            if (oSize == dSize) _ = dSize.Length == 0 ? bothUnclassified++ : sameSize++;
            else if (oSize.Length == 0) Note(ref onlyDuck, $"CLI error, DuckDB '{dSize}': {key}");
            else if (dSize.Length == 0) Note(ref onlyOurs, $"CLI '{oSize}', DuckDB NULL: {key}");
            else Note(ref differentSize, $"CLI '{oSize}', DuckDB '{dSize}': {key}");
        }

        var extra = ours.Values.Sum(v => v.Count);
        var agree = sameSize + bothUnclassified;
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"rows {rows:N0}: same size {sameSize:N0}, unclassified by both {bothUnclassified:N0}, " +
            $"different size {differentSize:N0}, classified only by CLI {onlyOurs:N0}, only by DuckDB {onlyDuck:N0}, " +
            $"missing from CLI {missing:N0}, extra in CLI {extra:N0}"));
        Console.WriteLine(string.Create(ci, $"agreement {agree:N0} / {rows:N0} = {(rows == 0 ? 0 : 100.0 * agree / rows):F4}%"));
        foreach (var e in examples) Console.WriteLine("  " + e);
        return agree == rows && extra == 0 && rows > 0 ? 0 : 1;

        void Note(ref long counter, string example)
        {
            counter++;
            if (examples.Count < 10) examples.Add(example);
        }
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string size)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new List<string>(1);
        list.Add(size);
    }

    private static string Key(string[] fields) => string.Join(',', fields.Take(InputColumns));

    // Sep, the reader the CLI itself uses, rather than a second hand-written splitter.
    private static IEnumerable<string[]> Rows(string path)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromFile(path);
        foreach (var row in reader) yield return Cells(row);
    }

    /// <summary>The fields of one CSV row held as text (the errors file keeps the original row in a column).</summary>
    private static string[] SplitCsv(string line)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(line);
        foreach (var row in reader) return Cells(row);
        return [string.Empty];
    }

    private static string[] Cells(SepReader.Row row)
    {
        var cells = new string[row.ColCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
        return cells;
    }
}
