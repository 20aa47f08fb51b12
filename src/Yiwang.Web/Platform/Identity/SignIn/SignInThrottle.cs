using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Yiwang.Web.Platform.Identity.SignIn;

/// <summary>The <c>SignIn</c> configuration section.</summary>
internal sealed class SignInThrottleSettings
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords for one account from one address before that pair must wait.</summary>
    public int FailuresBeforeDelay { get; set; } = 5;

    /// <summary>The first wait; each further round of failures doubles it, up to <see cref="MaxDelayMinutes"/>.</summary>
    public double FirstDelayMinutes { get; set; } = 1;

    public double MaxDelayMinutes { get; set; } = 30;
}

/// <summary>
/// Slows password guessing per account <em>and</em> client address, with a doubling wait. Keyed by the pair, so a
/// stranger who types wrong passwords for someone's e-mail holds back only their own address: the owner, elsewhere,
/// signs in as usual (issue 14: "anyone can lock any account with 5 requests"). In-process; a cluster node keeps its own.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock, IOptionsMonitor<SignInThrottleSettings> options)
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool IsHeldBack(string email, IPAddress? address) =>
        entries.TryGetValue(Key(email, address), out var entry) && entry.HeldUntil > clock.GetUtcNow();

    public void Failed(string email, IPAddress? address)
    {
        var now = clock.GetUtcNow();
        var settings = options.CurrentValue;
        if (entries.Count >= MaxEntries) Prune(now);
        entries.AddOrUpdate(Key(email, address), _ => Next(new Entry(0, 0, DateTimeOffset.MinValue, now), now, settings),
            (_, entry) => Next(entry, now, settings));
    }

    public void Succeeded(string email, IPAddress? address) => entries.TryRemove(Key(email, address), out _);

    private static Entry Next(Entry entry, DateTimeOffset now, SignInThrottleSettings settings)
    {
        var failures = entry.Failures + 1;
        if (failures < settings.FailuresBeforeDelay) return entry with { Failures = failures, LastFailure = now };
        var rounds = entry.Rounds + 1;
        var wait = Math.Min(settings.FirstDelayMinutes * Math.Pow(2, rounds - 1), settings.MaxDelayMinutes);
        return new Entry(0, rounds, now + TimeSpan.FromMinutes(wait), now);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
            if (entry.HeldUntil <= now && entry.LastFailure < now - TimeSpan.FromHours(1)) entries.TryRemove(key, out _);
    }

    private static string Key(string email, IPAddress? address) =>
        $"{email.Trim().ToUpperInvariant()}|{address?.ToString() ?? "unknown"}";

    private sealed record Entry(int Failures, int Rounds, DateTimeOffset HeldUntil, DateTimeOffset LastFailure);
}
