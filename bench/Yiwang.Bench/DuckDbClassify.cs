using System.Diagnostics;
using DuckDB.NET.Data;
using Yiwang.Enterprises.Domain.SizeClassification;

namespace Yiwang.Bench;

/// <summary><c>duckdb --input X --output Y [--rule-set nbs-2017] [--threads N] [--copy-only true]</c>: the end-to-end baseline.</summary>
internal static class DuckDbClassify
{
    public static int Run(BenchArgs args)
    {
        var set = RuleSet(args);
        var input = Path.GetFullPath(args.Required("input"));
        var output = Path.GetFullPath(args.Required("output"));
        var watch = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        if (args.Optional("threads") is { } threads)
        {
            command.CommandText = $"SET threads = {int.Parse(threads, System.Globalization.CultureInfo.InvariantCulture)}";
            command.ExecuteNonQuery();
        }

        // --copy-only: the same read_csv → COPY TO without the CASE expressions, to see what the rules cost DuckDB.
        command.CommandText = args.Optional("copy-only") == "true" ? SizeSql.CopyOnly(input, output) : SizeSql.Copy(set, input, output);
        var rows = command.ExecuteNonQuery();
        Console.WriteLine($"duckdb: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s -> {output}");
        return 0;
    }

    public static int PrintSql(BenchArgs args)
    {
        Console.WriteLine(SizeSql.Copy(RuleSet(args), args.Optional("input") ?? "in.csv", args.Optional("output") ?? "out.csv"));
        return 0;
    }

    private static SizeRuleSet RuleSet(BenchArgs args)
    {
        var id = args.Optional("rule-set") ?? SizeRuleSetCatalog.Nbs2017Id;
        return SizeRuleSetCatalog.Find(id) ?? throw new ArgumentException($"unknown rule set '{id}'");
    }
}
