using System.Diagnostics;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>rollup --url U [--fix true]</c>: POST /api/v1/admin/complaint-statistics/rebuild as the administrator — recounts the
/// dashboard's counts table (arr_case_stats) from the cases, prints the drift report; with fix (default) fills or repairs
/// it. After a COPY load the table is empty, so this is the backfill, timed.
/// </summary>
internal static class RollupBench
{
    public static async Task<int> RunAsync(Args args)
    {
        using var admin = await Api.SignInAsync(args.Required("url"), "admin@yiwang.local", timeoutSeconds: 1800);
        var fix = args.Get("fix", "true");
        var watch = Stopwatch.StartNew();
        using var response = await admin.PostAsync($"/api/v1/admin/complaint-statistics/rebuild?fix={fix}", null);
        var body = await response.Content.ReadAsStringAsync();
        Console.WriteLine($"rollup rebuild fix={fix}: HTTP {(int)response.StatusCode} in {watch.Elapsed.TotalSeconds:F1} s: {body}");
        return response.IsSuccessStatusCode ? 0 : 1;
    }
}
