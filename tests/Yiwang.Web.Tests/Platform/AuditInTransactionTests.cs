using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Auditing;
using Yiwang.Testing;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform;

/// <summary>
/// An audit entry written inside the caller's transaction (issue 14): it commits with the change it describes, and a
/// failure after it leaves neither — no committed change without its entry, no entry for a change that was rolled back.
/// The "change" here is a role row in the same database; any module's DbContext transaction works the same way.
/// </summary>
public abstract class AuditInTransactionTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failing_save_after_the_audit_write_leaves_neither_the_change_nor_its_entry()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Roles.Add(new IdentityRole($"test-{run}") { Id = run });
            await db.SaveChangesAsync(Ct);
            await trail.RecordAsync(new AuditEvent("test.in-transaction", run, "tester"), transaction.GetDbTransaction(), Ct);

            // The crash after the audit write: the second save fails (the role name "admin" is taken) and nothing is committed.
            db.Roles.Add(new IdentityRole($"test-{run}-again") { Id = run + "-again", NormalizedName = "ADMIN" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        await using var verify = app.CreateScope();
        var check = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.False(await check.Roles.AnyAsync(r => r.Id == run, Ct));
        Assert.False(await check.AuditEntries.AnyAsync(e => e.Subject == run, Ct));
        await AssertWholeChainIntactAsync(check);
    }

    [Fact]
    public async Task A_committed_change_has_its_entry_in_the_chain()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Roles.Add(new IdentityRole($"test-{run}") { Id = run });
            await db.SaveChangesAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditEvent("test.in-transaction", run, "tester", "committed"), transaction.GetDbTransaction(), Ct);
            await transaction.CommitAsync(Ct);
        }

        await using var verify = app.CreateScope();
        var check = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.True(await check.Roles.AnyAsync(r => r.Id == run, Ct));
        Assert.Equal("committed", (await check.AuditEntries.SingleAsync(e => e.Subject == run, Ct)).Details);
        await AssertWholeChainIntactAsync(check);
    }

    [Fact]
    public async Task Entries_in_callers_transactions_and_group_commits_interleave_into_one_unbroken_chain()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var trail = app.Services.GetRequiredService<IAuditTrail>();
        var work = Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            if (i % 2 == 0)
            {
                await trail.RecordAsync(new AuditEvent("test.mixed", $"{run}-{i}", "group"), Ct);
                return;
            }

            await using var scope = app.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Roles.Add(new IdentityRole($"test-{run}-{i}") { Id = $"{run}-{i}" });
            await db.SaveChangesAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>()
                .RecordAsync(new AuditEvent("test.mixed", $"{run}-{i}", "enlisted"), transaction.GetDbTransaction(), Ct);
            if (i % 3 == 0) return; // every third one rolls back (disposed without commit)
            await transaction.CommitAsync(Ct);
        }, Ct));
        await Task.WhenAll(work);

        await using var verify = app.CreateScope();
        var check = verify.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var stored = await check.AuditEntries.Where(e => e.Subject.StartsWith(run)).Select(e => new { e.Subject, e.ActorId }).ToListAsync(Ct);
        Assert.Equal(30, stored.Count(e => e.ActorId == "group"));
        Assert.Equal(20, stored.Count(e => e.ActorId == "enlisted")); // 30 odd ones, 10 of them (i % 3 == 0) rolled back
        var roles = await check.Roles.Where(r => r.Id.StartsWith(run)).Select(r => r.Id).ToListAsync(Ct);
        Assert.Equal(stored.Where(e => e.ActorId == "enlisted").Select(e => e.Subject).Order(), roles.Order());
        await AssertWholeChainIntactAsync(check);
    }

    private static async Task AssertWholeChainIntactAsync(PlatformDbContext db)
    {
        var result = await AuditChainVerifier.VerifyAsync(db, Ct);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(await db.AuditEntries.LongCountAsync(Ct), result.EntriesChecked);
    }
}

public sealed class SqliteAuditInTransactionTests(SqliteApp app) : AuditInTransactionTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditInTransactionTests(PostgresApp app) : AuditInTransactionTests(app), IClassFixture<PostgresApp>;
