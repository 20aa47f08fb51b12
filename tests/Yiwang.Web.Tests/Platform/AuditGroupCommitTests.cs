using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Testing;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.Web.Tests.Platform;

/// <summary>The group-commit audit writer: many callers, a second process-like writer, cancelled callers.</summary>
public abstract class AuditGroupCommitTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoHundredParallelRecords_AllLand_WithContiguousSequences_AndTheChainVerifies()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent("test.group", $"{run}-{i}", "tester", $"i={i}"), Ct);
        }, Ct)));

        await using var verify = app.Services.CreateAsyncScope();
        var db = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var mine = await db.AuditEntries.Where(e => e.Subject.StartsWith(run)).Select(e => new { e.Sequence, e.Subject, e.Details }).ToListAsync(Ct);
        Assert.Equal(200, mine.Count);
        Assert.Equal(200, mine.Select(e => e.Subject).Distinct().Count());
        Assert.All(mine, e => Assert.Equal($"i={e.Subject[(run.Length + 1)..]}", e.Details));
        Assert.Equal(200, mine.Select(e => e.Sequence).Distinct().Count());
        await AssertWholeChainIntactAsync(db);
    }

    [Fact]
    public async Task TwoIndependentWriters_OnOneDatabase_Interleave_WithoutLosingEvents()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        // A second service provider = a second writer with its own queue and connections, as another host process.
        await using var other = MaintenanceHost.Build(app.Services.GetRequiredService<DatabaseSettings>());
        var first = app.Services.GetRequiredService<IAuditTrail>();
        var second = other.GetRequiredService<IAuditTrail>();
        Assert.NotSame(first, second);

        await Task.WhenAll(Enumerable.Range(0, 150).Select(i => Task.Run(
            () => (i % 2 == 0 ? first : second).RecordAsync(new AuditEvent("test.twowriters", $"{run}-{i}", i % 2 == 0 ? "first" : "second"), Ct), Ct)));

        await using var verify = app.Services.CreateAsyncScope();
        var db = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var mine = await db.AuditEntries.Where(e => e.Subject.StartsWith(run)).Select(e => new { e.Subject, e.ActorId }).ToListAsync(Ct);
        Assert.Equal(150, mine.Select(e => e.Subject).Distinct().Count());
        Assert.Equal(75, mine.Count(e => e.ActorId == "first"));
        Assert.Equal(75, mine.Count(e => e.ActorId == "second"));
        await AssertWholeChainIntactAsync(db);
    }

    [Fact]
    public async Task CancelledCallers_DoNotLoseOrCorruptTheOthers()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var trail = app.Services.GetRequiredService<IAuditTrail>();
        var calls = Enumerable.Range(0, 120).Select(i =>
        {
            if (i % 2 == 0) return (Index: i, Cancelled: false, Task: trail.RecordAsync(new AuditEvent("test.cancel", $"{run}-{i}", "tester"), Ct));
            using var cts = new CancellationTokenSource();
            var task = trail.RecordAsync(new AuditEvent("test.cancel", $"{run}-{i}", "tester"), cts.Token);
            cts.Cancel(); // while queued or while its batch is being written
            return (Index: i, Cancelled: true, Task: task);
        }).ToList();
        try { await Task.WhenAll(calls.Select(c => c.Task)); }
        catch (OperationCanceledException) { }

        Assert.All(calls.Where(c => !c.Cancelled), c => Assert.True(c.Task.IsCompletedSuccessfully));
        await using var verify = app.Services.CreateAsyncScope();
        var db = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var stored = (await db.AuditEntries.Where(e => e.Subject.StartsWith(run)).Select(e => e.Subject).ToListAsync(Ct)).ToHashSet();
        // Every acknowledged call is stored, cancelled or not; a cancelled one may or may not be, never twice.
        Assert.All(calls.Where(c => c.Task.IsCompletedSuccessfully), c => Assert.Contains($"{run}-{c.Index}", stored));
        Assert.Equal(60, calls.Count(c => !c.Cancelled && stored.Contains($"{run}-{c.Index}")));
        Assert.Contains(calls, c => c.Cancelled && c.Task.IsCanceled);
        await AssertWholeChainIntactAsync(db);

        // The writer still works after the cancellations.
        await trail.RecordAsync(new AuditEvent("test.cancel", $"{run}-after", "tester"), Ct);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == $"{run}-after", Ct));
    }

    private async Task AssertWholeChainIntactAsync(PlatformDbContext db)
    {
        var result = await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct);
        Assert.True(result.IsIntact, result.Problem);
        // Contiguous 1..N: the verifier stops at the first gap, so every stored entry was checked.
        Assert.Equal(await db.AuditEntries.LongCountAsync(Ct), result.EntriesChecked);
        Assert.Equal(result.EntriesChecked, await db.AuditEntries.MaxAsync(e => e.Sequence, Ct));
    }
}

public sealed class SqliteAuditGroupCommitTests(SqliteApp app) : AuditGroupCommitTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditGroupCommitTests(PostgresApp app) : AuditGroupCommitTests(app), IClassFixture<PostgresApp>;
