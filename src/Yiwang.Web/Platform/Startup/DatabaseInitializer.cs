using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Yiwang.Enterprises;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Identity;

namespace Yiwang.Web.Platform.Startup;

/// <summary>
/// Applies every module's migrations and, on request, the demo data. The embedded SQLite default does this on
/// start-up so <c>dotnet run</c> needs nothing else; production PostgreSQL uses <c>yiwang db migrate</c>.
/// </summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        EnsureSqliteFolder(settings);
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.MigrateAsync(cancellationToken);
        await EnterprisesModule.MigrateAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Carbon.CarbonModule.MigrateAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Cultivation.CultivationModule.MigrateAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Arrears.ArrearsModule.MigrateAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Indicators.IndicatorsModule.MigrateAsync(scope.ServiceProvider, cancellationToken);
    }

    public static async Task SeedDemoAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await DemoAccounts.EnsureAsync(scope.ServiceProvider, logger);
        await EnterprisesModule.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Carbon.CarbonModule.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Cultivation.CultivationModule.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Indicators.IndicatorsModule.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Arrears.ArrearsModule.SeedDemoAsync(scope.ServiceProvider, cancellationToken);
        await Yiwang.Web.Platform.Notifications.NotificationsDemo.SeedAsync(scope.ServiceProvider, cancellationToken);
    }

    private static void EnsureSqliteFolder(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite) return;
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
