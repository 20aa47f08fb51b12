using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Cli;
using Yiwang.Cli.Commands;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.Web.Tests.Cli;

/// <summary><c>yiwang db migrate</c> and <c>yiwang audit verify</c> against a real, empty database of each provider.</summary>
public abstract class MaintenanceCommandTests(TestDatabaseKind kind)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_ThenVerify_ThenTamper_ReportsTheBrokenEntryWithExitCode3()
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        string[] target = ["--provider", database.ProviderName, "--connection", database.ConnectionString];

        var (migrated, migrateOut) = Run(["db", "migrate", .. target]);
        Assert.True(migrated == CliRunner.Success, migrateOut);

        var settings = DatabaseSettings.From(database.ProviderName, database.ConnectionString);
        await using (var services = MaintenanceHost.Build(settings))
        {
            await using var scope = services.CreateAsyncScope();
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 3; i++) await trail.RecordAsync(new AuditEvent("cli.test", $"s{i}", "tester"), Ct);
        }

        var (verified, verifyOut) = Run(["audit", "verify", .. target]);
        Assert.Equal(CliRunner.Success, verified);
        Assert.Contains("3 entries", verifyOut, StringComparison.Ordinal);

        await using (var services = MaintenanceHost.Build(settings))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await db.AuditEntries.Where(e => e.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(e => e.Subject, "forged"), Ct);
        }

        var (broken, brokenOut) = Run(["audit", "verify", .. target]);
        Assert.Equal(AuditCommand.ChainBroken, broken);
        Assert.Contains("entry 2", brokenOut, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProvider_IsAUsageError()
    {
        var (code, output) = Run(["db", "migrate", "--provider", "oracle"]);
        Assert.Equal(CliRunner.Usage, code);
        Assert.Contains("oracle", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        var output = new StringWriter();
        var code = CliRunner.Run(root, args, output, output);
        return (code, output.ToString());
    }
}

public sealed class SqliteMaintenanceCommandTests() : MaintenanceCommandTests(TestDatabaseKind.Sqlite);

public sealed class PostgresMaintenanceCommandTests() : MaintenanceCommandTests(TestDatabaseKind.Postgres);
