using System.Diagnostics;
using Npgsql;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>stats --connection CS [--requests 250]</c>: the GROUP BY queries a complaint statistics dashboard needs (cases by
/// status, by province, by respondent type with sums of amounts owed and recovered, monthly filings over 24 months),
/// national and scoped to a province the way <c>ComplaintAccess.Visible</c> scopes an official, each run REQUESTS
/// times on one open connection after 10 warm-ups. Also prints each plan's top node so the index used is on record.
/// </summary>
internal static class StatsBench
{
    private const string NotDraft = "\"Status\" <> 'Draft'";
    private const string Zhejiang = "(\"AcceptingRegion\" LIKE '33%' OR \"HandlingRegion\" LIKE '33%')";

    public static readonly (string Name, string Sql)[] Queries =
    [
        ("national: by status", $"SELECT \"Status\", count(*) FROM arr_cases WHERE {NotDraft} GROUP BY 1"),
        ("national: by province, count + sum owed", $"SELECT \"AcceptingRegion\", count(*), sum(\"AmountOwedYuan\") FROM arr_cases WHERE {NotDraft} GROUP BY 1"),
        ("national: by respondent type, sums", $"SELECT \"RespondentType\", count(*), sum(\"AmountOwedYuan\"), sum(\"RecoveredYuan\") FROM arr_cases WHERE {NotDraft} GROUP BY 1"),
        ("national: monthly filings, 24 months", $"SELECT date_trunc('month', \"SubmittedOn\"), count(*), sum(\"AmountOwedYuan\") FROM arr_cases WHERE {NotDraft} AND \"SubmittedOn\" >= current_date - interval '24 months' GROUP BY 1"),
        ("zhejiang: by status", $"SELECT \"Status\", count(*) FROM arr_cases WHERE {NotDraft} AND {Zhejiang} GROUP BY 1"),
        ("zhejiang: by respondent type, sums", $"SELECT \"RespondentType\", count(*), sum(\"AmountOwedYuan\"), sum(\"RecoveredYuan\") FROM arr_cases WHERE {NotDraft} AND {Zhejiang} GROUP BY 1"),
        ("zhejiang: by county (handling region)", $"SELECT \"HandlingRegion\", count(*) FROM arr_cases WHERE {NotDraft} AND \"HandlingRegion\" LIKE '33%' GROUP BY 1"),
        ("zhejiang: monthly filings, 24 months", $"SELECT date_trunc('month', \"SubmittedOn\"), count(*) FROM arr_cases WHERE {NotDraft} AND {Zhejiang} AND \"SubmittedOn\" >= current_date - interval '24 months' GROUP BY 1"),
    ];

    public static async Task<int> RunAsync(Args args)
    {
        var requests = args.Int("requests", 250);
        await using var db = new NpgsqlConnection(args.Required("connection"));
        await db.OpenAsync();
        foreach (var (name, sql) in Queries)
        {
            await using (var explain = new NpgsqlCommand("EXPLAIN " + sql, db))
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                var plan = new List<string>();
                while (await reader.ReadAsync()) plan.Add(reader.GetString(0).Trim());
                Console.WriteLine($"  plan[{name}]: " + string.Join(" | ", plan.Where(p => p.Contains("Scan", StringComparison.Ordinal)).Take(3)));
            }
            var times = new List<double>(requests);
            var rows = 0;
            await using var command = new NpgsqlCommand(sql, db);
            await command.PrepareAsync();
            for (var i = -10; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                rows = 0;
                await using (var reader = await command.ExecuteReaderAsync())
                    while (await reader.ReadAsync()) rows++;
                watch.Stop();
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(Percentiles.Line(name, times) + $" groups={rows}");
        }
        return 0;
    }
}
