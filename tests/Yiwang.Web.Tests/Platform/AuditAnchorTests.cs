using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Testing;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.Web.Tests.Platform;

/// <summary>
/// The chain is keyed and anchored outside the database (issue 14): an edit recomputed without the key, a tail cut off
/// after an anchor, and an edited anchor file are each reported; a clean chain with anchors verifies.
/// </summary>
public abstract class AuditAnchorTests(TestDatabaseKind kind)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_entry_edited_and_rehashed_without_the_key_is_reported()
    {
        await using var chain = await ChainAsync(3);
        var db = chain.Db;
        var victim = await db.AuditEntries.SingleAsync(e => e.Sequence == 2, Ct);
        victim.Subject = "forged";
        victim.Hash = AuditHash.Compute(victim, "a-key-the-attacker-guessed-000000"u8.ToArray()); // SHA or another key: no match
        await db.SaveChangesAsync(Ct);
        // Relink the successor too, as an attacker rewriting the tail would.
        var next = await db.AuditEntries.SingleAsync(e => e.Sequence == 3, Ct);
        next.PreviousHash = victim.Hash;
        await db.SaveChangesAsync(Ct);

        var result = await chain.Verifier.VerifyAsync(db, Ct);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("hash", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tail_removed_after_an_anchor_is_reported_though_what_remains_links_up()
    {
        await using var chain = await ChainAsync(4);
        Assert.Equal(4, (await chain.Anchors.AnchorHeadAsync(chain.Db, Ct))!.Sequence);
        Assert.True((await chain.Verifier.VerifyAsync(chain.Db, Ct)).IsIntact);
        Assert.Null(await chain.Anchors.AnchorHeadAsync(chain.Db, Ct)); // the head is already anchored

        await chain.Db.AuditEntries.Where(e => e.Sequence >= 3).ExecuteDeleteAsync(Ct);
        var result = await chain.Verifier.VerifyAsync(chain.Db, Ct);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("removed from its end", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_line_edited_by_hand_is_reported()
    {
        await using var chain = await ChainAsync(2);
        await chain.Anchors.AnchorHeadAsync(chain.Db, Ct);
        var line = (await File.ReadAllLinesAsync(chain.Anchors.File, Ct)).Single();
        await File.WriteAllTextAsync(chain.Anchors.File, line.Replace("\"sequence\":2", "\"sequence\":1", StringComparison.Ordinal) + "\n", Ct);

        var result = await chain.Verifier.VerifyAsync(chain.Db, Ct);

        Assert.False(result.IsIntact);
        Assert.Contains("line 1", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_chain_key_and_a_short_key_is_refused_anywhere()
    {
        var database = DatabaseSettings.From("sqlite", "Data Source=" + Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.db"));
        var none = new ConfigurationBuilder().Build();
        var shortKey = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:ChainKey"] = "too-short" }).Build();

        Assert.Contains("Audit:ChainKey", Assert.Throws<InvalidOperationException>(() => AuditChainSettings.From(none, isProduction: true, database, Path.GetTempPath())).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => AuditChainSettings.From(shortKey, isProduction: false, database, Path.GetTempPath()));
    }

    private async Task<Chain> ChainAsync(int entries)
    {
        var database = await TestDatabase.CreateAsync(kind, Ct);
        var folder = Directory.CreateTempSubdirectory("yiwang-audit-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Audit:ChainKey"] = "test-chain-key-0123456789-abcdefghij",
            ["Audit:AnchorFile"] = Path.Combine(folder, "anchors.jsonl"),
        }).Build();
        var settings = DatabaseSettings.From(database.ProviderName, database.ConnectionString);
        var services = new ServiceCollection().AddLogging()
            .AddPlatformCore(settings, AuditChainSettings.From(configuration, isProduction: false, settings, folder))
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await PlatformDatabase.Definition.MigrateAsync(scope.ServiceProvider, Ct);
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < entries; i++) await trail.RecordAsync(new AuditEvent("anchor.test", $"s{i}", "tester"), Ct);
        }

        var dbScope = services.CreateAsyncScope();
        return new Chain(database, services, dbScope, folder);
    }

    private sealed class Chain(TestDatabase database, ServiceProvider services, AsyncServiceScope scope, string folder) : IAsyncDisposable
    {
        public PlatformDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        public AuditChainVerifier Verifier { get; } = services.GetRequiredService<AuditChainVerifier>();
        public AuditAnchors Anchors { get; } = services.GetRequiredService<AuditAnchors>();

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await services.DisposeAsync();
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}

public sealed class SqliteAuditAnchorTests() : AuditAnchorTests(TestDatabaseKind.Sqlite);

public sealed class PostgresAuditAnchorTests() : AuditAnchorTests(TestDatabaseKind.Postgres);
