using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

/// <summary>
/// Walks the chain in order and reports the first entry whose link or keyed hash does not hold, then holds the chain
/// against the anchors outside the database: an anchored entry that is gone (a truncated tail) or has another hash.
/// </summary>
internal sealed class AuditChainVerifier(AuditChainSettings settings, AuditAnchors anchors)
{
    public async Task<AuditVerification> VerifyAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var (anchored, forgedLine) = await anchors.ReadAsync(cancellationToken);
        var expected = anchored.ToDictionary(a => a.Sequence, a => a.Hash);
        var previousHash = AuditHash.Genesis;
        long expectedSequence = 1, checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
                return new(checkedCount, expectedSequence, $"entry {expectedSequence} is missing");
            if (entry.PreviousHash != previousHash)
                return new(checkedCount, entry.Sequence, "link to the previous entry does not match");
            if (AuditHash.Compute(entry, settings.Key) != entry.Hash)
                return new(checkedCount, entry.Sequence, "entry content does not match its hash");
            if (expected.TryGetValue(entry.Sequence, out var anchoredHash) && anchoredHash != entry.Hash)
                return new(checkedCount, entry.Sequence, $"entry differs from the one anchored in {Path.GetFileName(anchors.File)}");
            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        if (anchored.Count > 0 && anchored[^1].Sequence >= expectedSequence)
            return new(checkedCount, expectedSequence,
                $"the chain ends at entry {expectedSequence - 1} but entry {anchored[^1].Sequence} was anchored on {anchored[^1].At:yyyy-MM-dd HH:mm} UTC: entries were removed from its end");
        if (forgedLine is { } line)
            return new(checkedCount, expectedSequence, $"line {line} of the anchor file {Path.GetFileName(anchors.File)} does not carry a valid signature");
        return new(checkedCount, null, null);
    }
}
