using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// <c>file --url U [--concurrency 50] [--seconds 30]</c>: CONCURRENCY clients in a closed loop, each filing complete
/// complaints as the demo enterprise: POST draft (201), POST a tiny PDF as evidence (201, the submit rule requires
/// evidence), POST submission (200: SME check, duplicate search, number, acceptance clock). Reports filings/s,
/// requests/s and p50/p95/p99 per step and per whole filing.
/// </summary>
internal static class FilingBench
{
    public static async Task<int> RunAsync(Args args)
    {
        var concurrency = args.Int("concurrency", 50);
        var seconds = args.Int("seconds", 30);
        using var client = await Api.SignInAsync(args.Required("url"), "enterprise@yiwang.local", concurrency);
        var steps = new[] { "draft", "evidence", "submit", "filing" }.ToDictionary(s => s, _ => new ConcurrentBag<double>(), StringComparer.Ordinal);
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var run = Guid.NewGuid().ToString("N")[..6];
        var filings = 0;
        var stopAt = Stopwatch.GetTimestamp() + seconds * Stopwatch.Frequency;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var n = 0; Stopwatch.GetTimestamp() < stopAt; n++)
            {
                var whole = Stopwatch.StartNew();
                try
                {
                    var step = Stopwatch.StartNew();
                    using var created = await client.PostAsJsonAsync("/api/v1/complaints", Api.Draft($"HT-LOAD-{run}-{worker}-{n}", 10_000m + n, "王芳"));
                    if (created.StatusCode != HttpStatusCode.Created) { Count(errors, "draft " + (int)created.StatusCode); continue; }
                    var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                    steps["draft"].Add(step.Elapsed.TotalMilliseconds);

                    step.Restart();
                    using var form = new MultipartFormDataContent();
                    var file = new ByteArrayContent(Api.Pdf);
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    form.Add(file, "file", "合同.pdf");
                    using var uploaded = await client.PostAsync($"/api/v1/complaints/{id}/evidence", form);
                    if (uploaded.StatusCode != HttpStatusCode.Created) { Count(errors, "evidence " + (int)uploaded.StatusCode); continue; }
                    steps["evidence"].Add(step.Elapsed.TotalMilliseconds);

                    step.Restart();
                    using var submitted = await client.PostAsJsonAsync($"/api/v1/complaints/{id}/submission", new { });
                    if (submitted.StatusCode != HttpStatusCode.OK) { Count(errors, "submit " + (int)submitted.StatusCode + " " + await submitted.Content.ReadAsStringAsync()); continue; }
                    steps["submit"].Add(step.Elapsed.TotalMilliseconds);
                    steps["filing"].Add(whole.Elapsed.TotalMilliseconds);
                    Interlocked.Increment(ref filings);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Count(errors, e.GetType().Name);
                }
            }
        }));
        var elapsed = wall.Elapsed.TotalSeconds;
        var requests = steps["draft"].Count + steps["evidence"].Count + steps["submit"].Count;
        Console.WriteLine($"concurrency {concurrency}, {elapsed:F1} s: filings {filings} ({filings / elapsed:F1}/s), requests {requests} ({requests / elapsed:F1}/s)");
        foreach (var (name, bag) in steps) Console.WriteLine(Percentiles.Line("  " + name, [.. bag]));
        Console.WriteLine($"errors {errors.Values.Sum()}" + (errors.IsEmpty ? "" : ": " + string.Join("; ", errors.Select(e => $"{e.Key[..Math.Min(e.Key.Length, 200)]} ×{e.Value}"))));
        return errors.IsEmpty ? 0 : 1;
    }

    private static void Count(ConcurrentDictionary<string, int> errors, string key) => errors.AddOrUpdate(key, 1, (_, n) => n + 1);
}
