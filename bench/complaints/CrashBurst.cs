using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Yiwang.Complaints.Bench;

/// <summary>
/// The crash test's two halves. <c>burst</c>: CONCURRENCY clients create drafts (each with its own contract number,
/// amount and contact) as fast as the host answers; every 201 is appended and flushed to --out as
/// <c>id⇥contract⇥amount⇥contact</c> before the next request, so the file holds exactly the acknowledged filings. It
/// stops when the host has refused every request for 3 s (it was killed) or after --max-seconds.
/// <c>verify</c>: after the restart, reads each acknowledged draft back through the API and compares the fields sent;
/// prints PASS only if every one is present and intact.
/// </summary>
internal static class CrashBurst
{
    public static async Task<int> BurstAsync(Args args)
    {
        var concurrency = args.Int("concurrency", 16);
        var maxSeconds = args.Int("max-seconds", 60);
        using var client = await Api.SignInAsync(args.Required("url"), "enterprise@yiwang.local", concurrency, timeoutSeconds: 30);
        await using var output = new StreamWriter(args.Required("out"), append: false) { AutoFlush = true };
        var gate = new SemaphoreSlim(1, 1);
        var acked = 0;
        var failed = 0;
        var start = DateTime.UtcNow;
        Console.WriteLine("burst started");
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            DateTime? failingSince = null;
            for (var n = 0; DateTime.UtcNow - start < TimeSpan.FromSeconds(maxSeconds); n++)
            {
                var contract = $"HT-CRASH-{worker:D2}-{n:D5}";
                var amount = 1000m + worker * 100_000 + n + 0.37m;
                var contact = "测试" + (char)('甲' + worker % 10) + (char)('子' + n % 12);
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/v1/complaints", Api.Draft(contract, amount, contact));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                        await gate.WaitAsync();
                        try { await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{id}\t{contract}\t{amount}\t{contact}")); }
                        finally { gate.Release(); }
                        Interlocked.Increment(ref acked);
                        failingSince = null;
                        continue;
                    }
                    Interlocked.Increment(ref failed);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref failed);
                }
                failingSince ??= DateTime.UtcNow;
                if (DateTime.UtcNow - failingSince > TimeSpan.FromSeconds(3)) break; // the host is gone
                await Task.Delay(50);
            }
        }));
        Console.WriteLine($"burst ended: acknowledged (201) {acked}, failed or cut off {failed}");
        return 0;
    }

    public static async Task<int> VerifyAsync(Args args)
    {
        using var client = await Api.SignInAsync(args.Required("url"), "enterprise@yiwang.local");
        var lines = await File.ReadAllLinesAsync(args.Required("acked"));
        int present = 0, intact = 0;
        var problems = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            var (id, contract, amount, contact) = (long.Parse(f[0], CultureInfo.InvariantCulture), f[1], decimal.Parse(f[2], CultureInfo.InvariantCulture), f[3]);
            using var response = await client.GetAsync($"/api/v1/complaints/{id}");
            if (response.StatusCode != HttpStatusCode.OK) { problems.Add($"{id} {contract}: HTTP {(int)response.StatusCode}"); continue; }
            present++;
            var d = await response.Content.ReadFromJsonAsync<JsonElement>();
            var k = d.GetProperty("contracts")[0];
            using var contactResponse = await client.GetAsync($"/api/v1/complaints/{id}/contact");
            var c = await contactResponse.Content.ReadFromJsonAsync<JsonElement>();
            var expected = (JsonElement)JsonSerializer.SerializeToElement(Api.Draft(contract, amount, contact));
            var ok = d.GetProperty("status").GetString() == "Draft"
                && k.GetProperty("number").GetString() == contract
                && k.GetProperty("amountYuan").GetDecimal() == 5_000_000m
                && d.GetProperty("amountOwedYuan").GetDecimal() == amount
                && d.GetProperty("description").GetString() == expected.GetProperty("description").GetString()
                && d.GetProperty("respondent").GetProperty("name").GetString() == "浙江华东重工集团有限公司"
                && d.GetProperty("contracts").GetArrayLength() == 1
                && c.GetProperty("contactName").GetString() == contact
                && c.GetProperty("contactPhone").GetString() == "13812345678";
            if (ok) intact++; else problems.Add($"{id} {contract}: fields differ");
        }
        using var list = await client.GetAsync("/api/v1/complaints?pageSize=1");
        var stored = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
        var total = lines.Count(l => l.Length > 0);
        Console.WriteLine($"acknowledged {total}, present {present}, intact {intact}, drafts stored {stored} (stored − acknowledged = {stored - total}: committed but cut off before the 201 reached the client)");
        foreach (var p in problems.Take(20)) Console.WriteLine("  " + p);
        var pass = total > 0 && present == total && intact == total && stored >= total;
        Console.WriteLine(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }
}
