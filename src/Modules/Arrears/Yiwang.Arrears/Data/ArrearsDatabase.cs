using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Arrears.Data;

internal static class ArrearsDatabase
{
    // Each module keeps its own migration history so modules migrate independently in one database.
    private const string HistoryTable = "__arr_migrations";

    public static void Sqlite(SqliteDbContextOptionsBuilder o) => o.MigrationsHistoryTable(HistoryTable);

    public static void Postgres(NpgsqlDbContextOptionsBuilder o) => o.MigrationsHistoryTable(HistoryTable);

    public static IServiceCollection AddArrearsDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<ArrearsDbContext, PostgresArrearsDbContext>(o => o.UseNpgsql(settings.ConnectionString, Postgres));
        else
            services.AddDbContext<ArrearsDbContext, SqliteArrearsDbContext>(o => o.UseSqlite(settings.ConnectionString, Sqlite));
        return services;
    }
}
