using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>A signed checkpoint of the chain's head: "entry N had hash H at time T", MAC'd with the chain key.</summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset At, string Mac);

/// <summary>
/// Anchors appended, one JSON line each, to a file outside the database. The newest anchor says how long the chain was:
/// a database whose chain is shorter, or whose entry at an anchored sequence has another hash, has lost or rewritten
/// entries even if what remains links up. An anchor with a bad MAC means the file itself was edited.
/// </summary>
internal sealed class AuditAnchors(AuditChainSettings settings, TimeProvider clock) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string File => settings.AnchorFile;

    /// <summary>Appends the current head unless the newest anchor already holds it; returns the anchor written, or null.</summary>
    public async Task<AuditAnchor?> AnchorHeadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null) return null;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (anchors, _) = await ReadAsync(cancellationToken);
            if (anchors.Count > 0 && anchors[^1].Sequence == head.Sequence) return null;
            var at = clock.GetUtcNow();
            var anchor = new AuditAnchor(head.Sequence, head.Hash, at, Sign(head.Sequence, head.Hash, at));
            Directory.CreateDirectory(Path.GetDirectoryName(settings.AnchorFile)!);
            await System.IO.File.AppendAllTextAsync(settings.AnchorFile, JsonSerializer.Serialize(anchor, Json) + "\n", cancellationToken);
            return anchor;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every anchor in the file, oldest first, and the line number of the first one whose MAC does not hold.</summary>
    public async Task<(IReadOnlyList<AuditAnchor> Anchors, int? ForgedLine)> ReadAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.AnchorFile)) return ([], null);
        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var line in await System.IO.File.ReadAllLinesAsync(settings.AnchorFile, cancellationToken))
        {
            number++;
            if (line.Length == 0) continue;
            AuditAnchor? anchor;
            try { anchor = JsonSerializer.Deserialize<AuditAnchor>(line, Json); }
            catch (JsonException) { return (anchors, number); }
            if (anchor is null || anchor.Mac != Sign(anchor.Sequence, anchor.Hash, anchor.At)) return (anchors, number);
            anchors.Add(anchor);
        }

        return (anchors, null);
    }

    private string Sign(long sequence, string hash, DateTimeOffset at) =>
        AuditHash.Mac(settings.Key, "anchor", sequence.ToString(CultureInfo.InvariantCulture), hash, at.UtcTicks.ToString(CultureInfo.InvariantCulture));

    public void Dispose() => _gate.Dispose();
}
