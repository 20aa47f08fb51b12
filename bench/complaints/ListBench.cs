using System.Diagnostics;
using System.Text.Json;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>list --url U [--requests 250] [--label L]</c>: GET /api/v1/complaints with the filters an official uses, each
/// REQUESTS times after 20 warm-ups, sequentially, as the national official (sees every non-draft case) and the
/// Zhejiang official (scoped by <c>ComplaintAccess.Visible</c>). Prints p50/p95/p99 and the total the API reported.
/// </summary>
internal static class ListBench
{
    public static async Task<int> RunAsync(Args args)
    {
        var url = args.Required("url");
        var requests = args.Int("requests", 250);
        using var national = await Api.SignInAsync(url, "official.national@yiwang.local");
        using var zhejiang = await Api.SignInAsync(url, "official.zj@yiwang.local");
        (string Name, HttpClient Client, string Query)[] cases =
        [
            ("national: all, page 1", national, ""),
            ("national: status=Handling, page 1", national, "status=Handling"),
            ("national: region=330000, page 1", national, "region=330000"),
            ("national: region=330106 (county), page 1", national, "region=330106"),
            ("national: q=城市建设投资 (text), page 1", national, "q=%E5%9F%8E%E5%B8%82%E5%BB%BA%E8%AE%BE%E6%8A%95%E8%B5%84"),
            ("national: alert=overdue, page 1", national, "alert=overdue"),
            ("national: status=Closed, page 2500 (deep)", national, "status=Closed&page=2500"),
            ("zhejiang official: all, page 1", zhejiang, ""),
            ("zhejiang official: region=330106&status=Handling", zhejiang, "region=330106&status=Handling"),
        ];
        var failed = 0;
        foreach (var (name, client, query) in cases)
        {
            var times = new List<double>(requests);
            var total = -1;
            for (var i = -Math.Min(20, requests); i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync("/api/v1/complaints?" + query);
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode) { failed++; Console.Error.WriteLine($"{name}: HTTP {(int)response.StatusCode}"); break; }
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
                else if (i == -Math.Min(20, requests)) total = JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
            }
            Console.WriteLine(Percentiles.Line(name, times) + $" total={total}");
        }
        return failed == 0 ? 0 : 1;
    }
}
