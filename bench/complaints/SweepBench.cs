using System.Diagnostics;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>sweep --url U [--runs 2]</c>: POST /api/v1/admin/complaint-deadlines/sweep as the administrator, RUNS times in a
/// row. The first run on fresh data marks every passed clock (the worst case); later runs are the hourly steady state.
/// </summary>
internal static class SweepBench
{
    public static async Task<int> RunAsync(Args args)
    {
        using var admin = await Api.SignInAsync(args.Required("url"), "admin@yiwang.local", timeoutSeconds: 600);
        for (var run = 1; run <= args.Int("runs", 2); run++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await admin.PostAsync("/api/v1/admin/complaint-deadlines/sweep", null);
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            Console.WriteLine($"sweep run {run}: HTTP {(int)response.StatusCode} in {watch.Elapsed.TotalSeconds:F2} s: {body}");
            if (!response.IsSuccessStatusCode) return 1;
        }
        return 0;
    }
}
