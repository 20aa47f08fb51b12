using Yiwang.Bench;

// One entry for every benchmark so the scripts and docs/performance.md name a single command:
//   core      BenchmarkDotNet microbenchmarks of the size classifier (extra args go to BenchmarkSwitcher)
//   duckdb    the same nbs-2017 classification as `yiwang classify`, done by DuckDB (the end-to-end baseline)
//   edges     a register of rows on and just below every tier bound (for verify)
//   verify    compares `yiwang classify` output with the DuckDB output row by row
//   breakdown where the time of `yiwang classify` goes: decode, split, parse, classify, write
//   load      closed-loop HTTP load on POST /api/v1/size-classifications (loopback only)
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Yiwang.Bench core|duckdb|sql|edges|verify|breakdown|load [options]");
    return 2;
}

var rest = args[1..];
try
{
    return args[0] switch
    {
        "core" => CoreCommand.Run(rest),
        "duckdb" => DuckDbClassify.Run(BenchArgs.Parse(rest)),
        "sql" => DuckDbClassify.PrintSql(BenchArgs.Parse(rest)),
        "edges" => EdgeCases.Run(BenchArgs.Parse(rest)),
        "verify" => OutputComparison.Run(BenchArgs.Parse(rest)),
        "breakdown" => ClassifyBreakdown.Run(BenchArgs.Parse(rest)),
        "load" => await LoadGenerator.RunAsync(BenchArgs.Parse(rest)),
        "cultivation-facts" => CultivationFactsGenerator.Run(BenchArgs.Parse(rest)),
        "cultivation-facts-all" => CultivationAllFactsGenerator.Run(BenchArgs.Parse(rest)),
        _ => Usage(args[0]),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

static int Usage(string command)
{
    Console.Error.WriteLine($"unknown command '{command}': use core, duckdb, sql, edges, verify, breakdown, load, cultivation-facts or cultivation-facts-all");
    return 2;
}
