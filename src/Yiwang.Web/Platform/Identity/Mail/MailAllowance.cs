using System.Collections.Concurrent;

namespace Yiwang.Web.Platform.Identity.Mail;

/// <summary>
/// How often one address or account may ask for an account e-mail: once a minute, ten a day — enough for a lost
/// message, too little to flood a mailbox through our server. In-process (a cluster node keeps its own count).
/// </summary>
internal sealed class MailAllowance(TimeProvider clock)
{
    public static readonly TimeSpan Spacing = TimeSpan.FromMinutes(1);
    private const int PerDay = 10;
    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> sent = new(StringComparer.Ordinal);

    /// <summary>Takes one allowance for <paramref name="key"/>; false (nothing taken) when it asked too recently or too often.</summary>
    public bool TryTake(string key)
    {
        var now = clock.GetUtcNow();
        var times = sent.GetOrAdd(key.ToUpperInvariant(), _ => []);
        lock (times)
        {
            times.RemoveAll(t => t < now - TimeSpan.FromDays(1));
            if (times.Count >= PerDay || (times.Count > 0 && times[^1] > now - Spacing)) return false;
            times.Add(now);
            return true;
        }
    }
}
