using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>
/// Appends to the hash chain. Appends are serialised in-process; across processes the primary key on
/// <see cref="AuditEntry.Sequence"/> rejects a second writer of the same link, which then retries on the new tail.
/// </summary>
internal sealed class HashChainAuditTrail(PlatformDbContext db, TimeProvider clock) : IAuditTrail
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var tail = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
                var entry = new AuditEntry
                {
                    Sequence = (tail?.Sequence ?? 0) + 1,
                    At = TruncateToMicroseconds(clock.GetUtcNow()),
                    ActorId = auditEvent.ActorId,
                    Action = auditEvent.Action,
                    Subject = auditEvent.Subject,
                    Details = auditEvent.Details,
                    PreviousHash = tail?.Hash ?? AuditHash.Genesis,
                };
                entry.Hash = AuditHash.Compute(entry);
                db.AuditEntries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.Entry(entry).State = EntityState.Detached;
                    return;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    db.Entry(entry).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }

    // PostgreSQL keeps microseconds; hashing the 100 ns ticks it drops would break every link after a round trip.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);
}
