using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Yiwang.Bench;

/// <summary>
/// <c>load --url http://127.0.0.1:5099 [--concurrency 32] [--duration 20s] [--warmup 5s] [--max-requests N] [--endpoint classify|health]</c>:
/// a closed loop of <c>concurrency</c> workers, each sending POST /api/v1/size-classifications (or GET /health, the
/// cheapest route of the same host, as a same-run baseline) and waiting for the answer before the next. Bounded in
/// time and count; refuses any address that is not loopback.
/// </summary>
internal static class LoadGenerator
{
    private const string ClassifyPath = "/api/v1/size-classifications";

    public static async Task<int> RunAsync(BenchArgs args)
    {
        var baseUri = new Uri(args.Required("url"), UriKind.Absolute);
        await EnsureLoopbackAsync(baseUri);
        var concurrency = Math.Clamp(args.Int("concurrency", 32), 1, 1024);
        var duration = args.Duration("duration", TimeSpan.FromSeconds(20));
        var warmup = args.Duration("warmup", TimeSpan.FromSeconds(5));
        var maxRequests = args.Int("max-requests", 10_000_000);
        var health = (args.Optional("endpoint") ?? "classify") switch
        {
            "classify" => false,
            "health" => true,
            var other => throw new ArgumentException($"--endpoint must be classify or health, got '{other}'"),
        };
        if (duration > TimeSpan.FromMinutes(10)) throw new ArgumentException("--duration is capped at 10 minutes");

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };
        var bodies = health ? [] : Bodies(1024);

        if (warmup > TimeSpan.Zero)
        {
            var w = await PhaseAsync(client, bodies, concurrency, warmup, maxRequests);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {w.Count:N0} requests in {warmup.TotalSeconds:F0} s, errors {w.Errors.Values.Sum():N0}"));
        }

        var r = await PhaseAsync(client, bodies, concurrency, duration, maxRequests);
        Report(r, concurrency);
        return r.Count > 0 && r.Errors.IsEmpty ? 0 : 1;
    }

    private static async Task EnsureLoopbackAsync(Uri uri)
    {
        if (uri.Scheme is not ("http" or "https")) throw new ArgumentException($"--url must be http(s), got '{uri}'");
        var addresses = IPAddress.TryParse(uri.IdnHost, out var ip) ? [ip] : await Dns.GetHostAddressesAsync(uri.IdnHost);
        if (addresses.Length == 0 || !addresses.All(IPAddress.IsLoopback))
        {
            throw new ArgumentException($"refusing '{uri.Host}': the load generator only targets loopback addresses");
        }
    }

    private sealed record Phase(int Count, double Seconds, long[] LatencyTicks, ConcurrentDictionary<string, int> Errors);

    private static async Task<Phase> PhaseAsync(HttpClient client, byte[][] bodies, int concurrency, TimeSpan duration, int maxRequests)
    {
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var latencies = new List<long>[concurrency];
        var issued = 0;
        var watch = Stopwatch.StartNew();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = new List<long>(1 << 14);
            var next = w * 37;
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = bodies.Length == 0 ? null : new ByteArrayContent(bodies[next++ % bodies.Length]);
                    content?.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = content is null ? await client.GetAsync("/health") : await client.PostAsync(ClassifyPath, content);
                    await response.Content.CopyToAsync(Stream.Null);
                    if (response.StatusCode != HttpStatusCode.OK) errors.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    errors.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                }

                mine.Add(Stopwatch.GetTimestamp() - start);
            }
        }).ToArray();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Phase(all.Length, seconds, all, errors);
    }

    private static void Report(Phase r, int concurrency)
    {
        double Ms(double q) => r.LatencyTicks.Length == 0 ? 0
            : r.LatencyTicks[Math.Min(r.LatencyTicks.Length - 1, (int)(q * r.LatencyTicks.Length))] * 1000.0 / Stopwatch.Frequency;
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"concurrency {concurrency}, {r.Count:N0} requests in {r.Seconds:F1} s"));
        Console.WriteLine(string.Create(ci, $"requests/s {r.Count / r.Seconds:F0}"));
        Console.WriteLine(string.Create(ci, $"latency ms p50 {Ms(0.50):F2} p95 {Ms(0.95):F2} p99 {Ms(0.99):F2} max {Ms(1.0):F2}"));
        Console.WriteLine(string.Create(ci, $"errors {r.Errors.Values.Sum():N0}") +
            (r.Errors.IsEmpty ? string.Empty : " (" + string.Join(", ", r.Errors.Select(e => $"{e.Key}: {e.Value}")) + ")"));
    }

    /// <summary>Request bodies from the synthetic register, so the API sees the same mix of industries and sizes.</summary>
    private static byte[][] Bodies(int count)
    {
        var inputs = CoreInputs.Create(count, seed: 4754);
        return Enumerable.Range(0, count).Select(i =>
        {
            var f = inputs.Figures[i];
            var json = string.Create(CultureInfo.InvariantCulture,
                $$"""{"industryCode":"{{inputs.Industries[i]}}","employees":{{f.Employees}},"revenueTenThousandYuan":{{f.RevenueTenThousandYuan}},"totalAssetsTenThousandYuan":{{f.TotalAssetsTenThousandYuan}}}""");
            return Encoding.UTF8.GetBytes(json);
        }).ToArray();
    }
}
