using System.Globalization;

namespace Yiwang.Complaints.Bench;

/// <summary><c>--name value</c> options after the sub-command.</summary>
internal sealed class Args(string[] args)
{
    private readonly Dictionary<string, string> options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
        .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "", StringComparer.Ordinal);

    public string Command => args.Length > 0 ? args[0] : "";

    public string Get(string name, string fallback) => options.GetValueOrDefault(name, fallback);

    public string Required(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>Percentiles over a sorted sample (nearest rank).</summary>
internal static class Percentiles
{
    public static string Line(string name, List<double> ms)
    {
        ms.Sort();
        double P(double q) => ms.Count == 0 ? 0 : ms[Math.Clamp((int)Math.Ceiling(q * ms.Count) - 1, 0, ms.Count - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} n={ms.Count} p50={P(0.50):F1}ms p95={P(0.95):F1}ms p99={P(0.99):F1}ms max={(ms.Count == 0 ? 0 : ms[^1]):F1}ms");
    }
}
