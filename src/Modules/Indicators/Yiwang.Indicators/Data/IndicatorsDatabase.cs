using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Indicators.Data;

internal static class IndicatorsDatabase
{
    // Each module keeps its own migration history so modules migrate independently in one database.
    private const string HistoryTable = "__ind_migrations";

    public static void Sqlite(SqliteDbContextOptionsBuilder o) => o.MigrationsHistoryTable(HistoryTable);

    public static void Postgres(NpgsqlDbContextOptionsBuilder o) => o.MigrationsHistoryTable(HistoryTable);

    public static IServiceCollection AddIndicatorsDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres)
            services.AddDbContext<IndicatorsDbContext, PostgresIndicatorsDbContext>(o => o.UseNpgsql(settings.ConnectionString, Postgres));
        else
            services.AddDbContext<IndicatorsDbContext, SqliteIndicatorsDbContext>(o => o.UseSqlite(settings.ConnectionString, Sqlite));
        return services;
    }
}
