using Yiwang.Kernel.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Web.Platform.Data;

internal static class PlatformDatabase
{
    /// <summary>The platform's own context (identity, audit, inbox, calendar), registered and migrated before every module's.</summary>
    public static readonly ModuleDatabase Definition =
        ModuleDatabase.For<PlatformDbContext, SqlitePlatformDbContext, PostgresPlatformDbContext>("__platform_migrations");

    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        Definition.Register(services, settings);
        return services;
    }
}

internal sealed class SqlitePlatformDesignFactory() : DesignTimeFactory<SqlitePlatformDbContext>(PlatformDatabase.Definition, DatabaseProvider.Sqlite);

internal sealed class PostgresPlatformDesignFactory() : DesignTimeFactory<PostgresPlatformDbContext>(PlatformDatabase.Definition, DatabaseProvider.Postgres);
