using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Web.Platform.Data;

internal static class PlatformDatabase
{
    public const string HistoryTable = "__platform_migrations";

    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<PlatformDbContext, PostgresPlatformDbContext>(o => o.UseNpgsql(settings.ConnectionString, x => x.MigrationsHistoryTable(HistoryTable)));
        else
            services.AddDbContext<PlatformDbContext, SqlitePlatformDbContext>(o => o.UseSqlite(settings.ConnectionString, x => x.MigrationsHistoryTable(HistoryTable)));
        return services;
    }
}

// Design-time factories: `dotnet ef migrations add X --context SqlitePlatformDbContext` needs no running host.
internal sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(DatabaseSettings.DefaultSqliteConnection, x => x.MigrationsHistoryTable(PlatformDatabase.HistoryTable)).Options);
}

internal sealed class PostgresPlatformDesignFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPlatformDbContext>().UseNpgsql("Host=localhost;Database=yiwang_design", x => x.MigrationsHistoryTable(PlatformDatabase.HistoryTable)).Options);
}
