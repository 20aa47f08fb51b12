using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Kernel.Data;

/// <summary>
/// One DbContext of a module: the abstract context handlers use, its SQLite and PostgreSQL subclasses (EF Core binds a
/// migration set to one context type, so each provider has its own), and the module's own migration-history table,
/// so every module migrates independently in the one shared database.
/// </summary>
public abstract class ModuleDatabase(string historyTable)
{
    /// <summary>Declares a context; <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> only carry migrations.</summary>
    public static ModuleDatabase For<TContext, TSqlite, TPostgres>(string historyTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext =>
        new ModuleDatabase<TContext, TSqlite, TPostgres>(historyTable);

    public string HistoryTable { get; } = historyTable;

    /// <summary>The context handlers inject (the abstract base).</summary>
    public abstract Type ContextType { get; }

    /// <summary>The subclass that carries <paramref name="provider"/>'s migrations.</summary>
    public abstract Type ProviderContextType(DatabaseProvider provider);

    /// <summary>Registers <see cref="ContextType"/> as the subclass for the configured provider.</summary>
    public abstract void Register(IServiceCollection services, DatabaseSettings settings);

    /// <summary>Applies this context's pending migrations through the registered context.</summary>
    public abstract Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>
    /// A provider context that never opens its connection: what <c>dotnet ef</c> builds migrations from and what the
    /// pending-model-change test compares with the last migration.
    /// </summary>
    public abstract DbContext CreateOffline(DatabaseProvider provider);
}
