using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Kernel.Data;

/// <summary>The one registration of a module context on either provider (replaces a copied <c>XxxDatabase.cs</c> per module).</summary>
internal sealed class ModuleDatabase<TContext, TSqlite, TPostgres>(string historyTable) : ModuleDatabase(historyTable)
    where TContext : DbContext
    where TSqlite : TContext
    where TPostgres : TContext
{
    // Design-time tools never connect; the PostgreSQL string only has to parse.
    private const string OfflinePostgresConnection = "Host=localhost;Database=yiwang_design";

    public override Type ContextType => typeof(TContext);

    public override Type ProviderContextType(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? typeof(TPostgres) : typeof(TSqlite);

    public override void Register(IServiceCollection services, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Postgres) services.AddDbContext<TContext, TPostgres>(o => Use(o, settings));
        else services.AddDbContext<TContext, TSqlite>(o => Use(o, settings));
    }

    public override Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);

    public override DbContext CreateOffline(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? Create<TPostgres>(new(provider, OfflinePostgresConnection))
        : Create<TSqlite>(new(provider, DatabaseSettings.DefaultSqliteConnection));

    private void Use(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Postgres) builder.UseNpgsql(settings.ConnectionString, x => x.MigrationsHistoryTable(HistoryTable));
        else builder.UseSqlite(settings.ConnectionString, x => x.MigrationsHistoryTable(HistoryTable));
    }

    // The provider subclasses take exactly their typed options, as AddDbContext constructs them.
    private T Create<T>(DatabaseSettings settings) where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        Use(options, settings);
        return (T)Activator.CreateInstance(typeof(T), options.Options)!;
    }
}
