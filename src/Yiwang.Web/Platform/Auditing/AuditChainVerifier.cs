using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}

internal static class AuditChainVerifier
{
    /// <summary>Walks the chain in order and reports the first entry whose link or own hash does not hold.</summary>
    public static async Task<AuditVerification> VerifyAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var previousHash = AuditHash.Genesis;
        long expectedSequence = 1, checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
                return new(checkedCount, expectedSequence, $"entry {expectedSequence} is missing");
            if (entry.PreviousHash != previousHash)
                return new(checkedCount, entry.Sequence, "link to the previous entry does not match");
            if (AuditHash.Compute(entry) != entry.Hash)
                return new(checkedCount, entry.Sequence, "entry content does not match its hash");
            previousHash = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return new(checkedCount, null, null);
    }
}
