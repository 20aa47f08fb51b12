using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Auditing;
using Yiwang.Testing;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Platform;

public abstract class AuditChainTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chain_OfRecordedEvents_Verifies_AndATamperedEntryIsReportedAsTheFirstBrokenLink()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        for (var i = 0; i < 5; i++)
            await trail.RecordAsync(new AuditEvent("test.event", $"subject-{i}", "tester", $"n={i}"), Ct);

        var intact = await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct);
        Assert.True(intact.IsIntact, intact.Problem);
        Assert.True(intact.EntriesChecked >= 5);

        var victim = await db.AuditEntries.Where(e => e.Subject == "subject-2").Select(e => e.Sequence).SingleAsync(Ct);
        await db.AuditEntries.Where(e => e.Sequence == victim).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "n=999"), Ct);

        var broken = await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct);
        Assert.False(broken.IsIntact);
        Assert.Equal(victim, broken.FirstBrokenSequence);

        // Put it back so other tests sharing this database see an intact chain.
        await db.AuditEntries.Where(e => e.Sequence == victim).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "n=2"), Ct);
        Assert.True((await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct)).IsIntact);
    }

    [Fact]
    public async Task Chain_WithADeletedEntry_ReportsTheGap()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        for (var i = 0; i < 3; i++)
            await trail.RecordAsync(new AuditEvent("test.delete", $"gap-{i}", "tester"), Ct);
        var middle = await db.AuditEntries.Where(e => e.Subject == "gap-1").SingleAsync(Ct);
        await db.AuditEntries.Where(e => e.Sequence == middle.Sequence).ExecuteDeleteAsync(Ct);

        var result = await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct);

        Assert.Equal(middle.Sequence, result.FirstBrokenSequence);
        db.AuditEntries.Add(middle);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task ConcurrentRecords_AllLandInOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent("test.concurrent", $"c-{i}", "tester"), Ct);
        }));
        await using var verifyScope = app.Services.CreateAsyncScope();
        var db = verifyScope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        Assert.Equal(20, await db.AuditEntries.CountAsync(e => e.Action == "test.concurrent", Ct));
        Assert.True((await app.Services.GetRequiredService<Yiwang.Web.Platform.Auditing.AuditChainVerifier>().VerifyAsync(db, Ct)).IsIntact);
    }
}

public sealed class SqliteAuditChainTests(SqliteApp app) : AuditChainTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditChainTests(PostgresApp app) : AuditChainTests(app), IClassFixture<PostgresApp>;
