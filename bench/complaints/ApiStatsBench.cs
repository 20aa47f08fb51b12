using System.Diagnostics;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>apistats --url U [--requests 50] [--scopes 3]</c>: GET /api/v1/complaints/statistics (the officials' dashboard JSON), REQUESTS
/// times each after 5 warm-ups, sequentially, as the national official (whole country) and the Zhejiang official
/// (scoped by jurisdiction), plus the national official narrowed to a province and to a 45-day range (the first SCOPES of these four). Prints p50/p95/p99 and the body size.
/// </summary>
internal static class ApiStatsBench
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Required("url");
        var requests = args.Int("requests", 50);
        using var national = await Api.SignInAsync(url, "official.national@yiwang.local", timeoutSeconds: 300);
        using var zhejiang = await Api.SignInAsync(url, "official.zj@yiwang.local", timeoutSeconds: 300);
        (string Name, HttpClient Client, string Query)[] cases =
        [
            ("statistics: national official, national", national, ""),
            ("statistics: zhejiang official, own scope", zhejiang, ""),
            ("statistics: national official, region=330000", national, "?region=330000"),
            // Not whole months: the edge days are counted from the cases, the months between from the counts table.
            ("statistics: national official, 45 days to yesterday", national, $"?from={Today.AddDays(-45):yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}"),
        ];
        cases = cases[..Math.Clamp(args.Int("scopes", cases.Length), 1, cases.Length)];
        var failed = 0;
        foreach (var (name, client, query) in cases)
        {
            var times = new List<double>(requests);
            long bytes = 0;
            for (var i = -Math.Min(5, requests); i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync("/api/v1/complaints/statistics" + query);
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode) { failed++; Console.Error.WriteLine($"{name}: HTTP {(int)response.StatusCode}"); break; }
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
                bytes = body.Length;
            }
            Console.WriteLine(Percentiles.Line(name, times) + $" bytes={bytes}");
        }
        return failed == 0 ? 0 : 1;
    }
}
