using Microsoft.Data.Sqlite;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity;
using Yiwang.Web.Platform.Notifications;

namespace Yiwang.Web.Platform.Startup;

/// <summary>
/// Applies every module's migrations and, on request, the demo data. The embedded SQLite default does this on
/// start-up so <c>dotnet run</c> needs nothing else; production PostgreSQL uses <c>yiwang db migrate</c>.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The platform's context first, then each module's contexts and post-migrate step, in list order.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        EnsureSqliteFolder(scope.ServiceProvider.GetRequiredService<DatabaseSettings>());
        await PlatformDatabase.Definition.MigrateAsync(scope.ServiceProvider, cancellationToken);
        foreach (var module in Modules.All) await module.MigrateAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>The demo accounts, then each module's demo data in list order, then the demo inbox.</summary>
    public static async Task SeedDemoAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await DemoAccounts.EnsureAsync(scope.ServiceProvider, logger);
        await DemoAccountDetails.EnsureAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<TimeProvider>());
        foreach (var module in Modules.All) await module.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await NotificationsDemo.SeedAsync(scope.ServiceProvider, cancellationToken);
    }

    private static void EnsureSqliteFolder(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
