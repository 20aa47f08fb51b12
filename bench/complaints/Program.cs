using Npgsql;
using Yiwang.Complaints.Bench;

// Complaint platform benchmarks (issue 3). Sub-commands:
//   load   --connection CS [--cases 1000000] [--seed 3]                 generate + binary COPY
//   list   --url U [--requests 250]                                      case list through the API, p50/p95/p99
//   stats  --connection CS [--requests 250]                              dashboard GROUP BY queries directly on PostgreSQL
//   apistats --url U [--requests 50] [--scopes 3]                        GET /api/v1/complaints/statistics as the officials
//   rollup --url U [--fix true]                                          POST the statistics counts-table rebuild/compare as admin, timed
//   sweep  --url U [--runs 2]                                            POST the deadline sweep as admin, timed
//   file   --url U [--concurrency 50] [--seconds 30]                     draft + evidence + submit under concurrent load
//   burst  --url U --out FILE [--concurrency 16]                         draft creations until the host dies; acknowledged ones to FILE
//   verify --url U --acked FILE                                          every acknowledged draft present and intact
//   sql    --connection CS --command SQL                                 one statement (create/drop databases and indexes)
var a = new Args(args);
return a.Command switch
{
    "load" => await CaseGenerator.RunAsync(a),
    "list" => await ListBench.RunAsync(a),
    "stats" => await StatsBench.RunAsync(a),
    "apistats" => await ApiStatsBench.RunAsync(a),
    "rollup" => await RollupBench.RunAsync(a),
    "sweep" => await SweepBench.RunAsync(a),
    "file" => await FilingBench.RunAsync(a),
    "burst" => await CrashBurst.BurstAsync(a),
    "verify" => await CrashBurst.VerifyAsync(a),
    "sql" => await Sql(a),
    _ => Usage(),
};

static async Task<int> Sql(Args a)
{
    await using var db = new NpgsqlConnection(a.Required("connection"));
    await db.OpenAsync();
    await CaseGenerator.Exec(db, a.Required("command"));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Yiwang.Complaints.Bench load|list|stats|apistats|rollup|sweep|file|burst|verify|sql --option value …");
    return 2;
}
