using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>
/// Appends to the hash chain by group commit: one writer per process takes every event queued at that moment, links
/// them onto the tail in order and inserts them in one SaveChanges, then acknowledges each caller. A caller's task
/// completes only after that commit, so an acknowledged event is stored. A change's own entry is linked instead inside
/// the caller's transaction (the overload taking a <see cref="DbTransaction"/>). Every appender, in any process, reads
/// the tail under one chain lock (see <c>LinkAsync</c>); the primary key on <see cref="AuditEntry.Sequence"/> still
/// rejects a batch linked onto a stale tail, and the writer then re-reads the tail and relinks the whole batch.
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

    // Any fixed number: the key of the PostgreSQL advisory lock every appender takes before reading the tail.
    private const long ChainLockKey = 0x5957_4155_4449_5400; // "YWAUDIT"

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

    /// <inheritdoc />
    /// <remarks>
    /// The entry is linked on the caller's connection inside its transaction, never through the group-commit queue: the
    /// queue's writer uses a connection of its own, which on SQLite would wait for the caller's write lock while the
    /// caller waits for it.
    /// </remarks>
    public async Task RecordAsync(AuditEvent auditEvent, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection
            ?? throw new ArgumentException("The transaction is already committed or rolled back.", nameof(transaction));
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Database.SetDbConnection(connection, contextOwnsConnection: false);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        await LinkAsync(db, [auditEvent], cancellationToken);
    }

    private async Task AppendAsync(List<Pending> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A fresh context per attempt: nothing tracked from a rolled-back batch survives into the relinked one.
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            try
            {
                // One transaction: the batch lands whole or not at all.
                await using var transaction = await db.Database.BeginTransactionAsync();
                await LinkAsync(db, [.. batch.Select(p => p.Event)], CancellationToken.None);
                await transaction.CommitAsync();
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Another process (without the chain lock, e.g. an older version) appended onto the same tail. Back off a
                // little (random, so two writers stop colliding in lockstep) and relink on the new tail.
                _log.LogDebug(ex, "Audit batch conflicted with another writer (attempt {Attempt}); relinking", attempt);
                await Task.Delay(Random.Shared.Next(1, 5 * attempt));
            }
        }
    }

    /// <summary>
    /// Links <paramref name="events"/> onto the tail in the context's current transaction. The tail is read under the
    /// chain lock, so two transactions never link onto the same tail: on PostgreSQL a transaction-scoped advisory lock
    /// (held to commit, so an enlisted entry's successor waits for its caller's commit); on SQLite the write transaction
    /// itself (one writer at a time, taken at BEGIN).
    /// </summary>
    private async Task LinkAsync(PlatformDbContext db, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
        var tail = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var sequence = tail?.Sequence ?? 0;
        var previousHash = tail?.Hash ?? AuditHash.Genesis;
        var at = TruncateToMicroseconds(_clock.GetUtcNow());
        foreach (var auditEvent in events)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = at,
                ActorId = auditEvent.ActorId,
                Action = auditEvent.Action,
                Subject = auditEvent.Subject,
                Details = auditEvent.Details,
                PreviousHash = previousHash,
            };
            entry.Hash = AuditHash.Compute(entry);
            previousHash = entry.Hash;
            db.AuditEntries.Add(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
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
