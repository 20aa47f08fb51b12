using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>
/// Appends to the hash chain by group commit: one writer per process takes every event queued at that moment, links
/// them onto the tail in order and inserts them in one SaveChanges, then acknowledges each caller. A caller's task
/// completes only after that commit, so an acknowledged event is stored. Across processes the primary key on
/// <see cref="AuditEntry.Sequence"/> rejects a batch linked onto a stale tail; the writer re-reads the tail and
/// relinks the whole batch.
/// </summary>
/// <remarks>
/// Why: one SELECT + INSERT + commit per event under a process-wide lock capped filing at ~8/s with 50 clients
/// (docs/performance.md, issue 3); a batch costs the same round trips as a single event.
/// </remarks>
internal sealed class HashChainAuditTrail : IAuditTrail, IAsyncDisposable, IDisposable
{
    // Bounds one transaction; under a burst the next batch starts right after.
    private const int MaxBatch = 500;
    private const int MaxAttempts = 20;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<HashChainAuditTrail> _log;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = true });
    private readonly Task _writer;

    public HashChainAuditTrail(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HashChainAuditTrail> log)
    {
        _scopes = scopes;
        _clock = clock;
        _log = log;
        _writer = Task.Run(WriteLoopAsync);
    }

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new Pending(auditEvent, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        // A caller that gives up stops waiting; once its event is linked into a batch it is still written with the
        // others (the batch is all-or-nothing), exactly as a cancelled SaveChanges may already have committed.
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                // Not yet linked: a cancelled caller's event is dropped, no gap is left because it never got a sequence.
                if (pending.CancellationToken.IsCancellationRequested) pending.Done.TrySetCanceled(pending.CancellationToken);
                else batch.Add(pending);
            }

            if (batch.Count == 0) continue;
            try
            {
                await AppendAsync(batch);
                foreach (var pending in batch) pending.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                _log.LogError(ex, "Audit batch of {Count} events could not be appended", batch.Count);
                foreach (var pending in batch) pending.Done.TrySetException(ex);
            }
        }
    }

    private async Task AppendAsync(List<Pending> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh context per attempt: nothing tracked from a rolled-back batch survives into the relinked one.
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var tail = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync();
            var sequence = tail?.Sequence ?? 0;
            var previousHash = tail?.Hash ?? AuditHash.Genesis;
            var at = TruncateToMicroseconds(_clock.GetUtcNow());
            foreach (var pending in batch)
            {
                var entry = new AuditEntry
                {
                    Sequence = ++sequence,
                    At = at,
                    ActorId = pending.Event.ActorId,
                    Action = pending.Event.Action,
                    Subject = pending.Event.Subject,
                    Details = pending.Event.Details,
                    PreviousHash = previousHash,
                };
                entry.Hash = AuditHash.Compute(entry);
                previousHash = entry.Hash;
                db.AuditEntries.Add(entry);
            }

            try
            {
                // One SaveChanges = one transaction: the batch lands whole or not at all.
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Another process appended onto the same tail. Back off a little (random, so two writers stop
                // colliding in lockstep) and relink on the new tail.
                _log.LogDebug(ex, "Audit batch conflicted with another writer (attempt {Attempt}); relinking", attempt);
                await Task.Delay(Random.Shared.Next(1, 5 * attempt));
            }
        }
    }

    // The writer drains what is queued before it stops; callers of a disposed trail get ObjectDisposedException.
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    // A provider disposed synchronously must not throw for an async-only singleton; same drain, bounded wait.
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }

    // PostgreSQL keeps microseconds; hashing the 100 ns ticks it drops would break every link after a round trip.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % 10), TimeSpan.Zero);

    private sealed record Pending(AuditEvent Event, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
