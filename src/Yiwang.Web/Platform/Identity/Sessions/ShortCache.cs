using System.Collections.Concurrent;

namespace Yiwang.Web.Platform.Identity.Sessions;

/// <summary>
/// What was read from the database a moment ago, kept for a short window on the injected clock (a zero window keeps
/// nothing). In-process only: each node of a cluster keeps its own, so a change made elsewhere shows after the window.
/// </summary>
internal sealed class ShortCache<TValue>(TimeProvider clock, Func<TimeSpan> window) where TValue : class
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, (TValue? Value, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);

    public async Task<TValue?> GetAsync(string key, Func<Task<TValue?>> load)
    {
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var hit) && hit.Until > now) return hit.Value;
        var value = await load();
        var span = window();
        if (span > TimeSpan.Zero)
        {
            if (entries.Count >= MaxEntries) Prune(now);
            entries[key] = (value, now + span);
        }

        return value;
    }

    public void Forget(string key) => entries.TryRemove(key, out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
            if (entry.Until <= now) entries.TryRemove(key, out _);
        if (entries.Count >= MaxEntries) entries.Clear();
    }
}
