using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Kernel.Data;

/// <summary>
/// What <c>dotnet ef migrations add … --context SqliteXxxDbContext</c> builds the context with, so the tools need no
/// running host and no database. EF Core looks for a concrete factory per context type in the context's assembly, so
/// each provider context gets a one-line sealed subclass next to it.
/// </summary>
public abstract class DesignTimeFactory<TProviderContext>(ModuleDatabase database, DatabaseProvider provider) : IDesignTimeDbContextFactory<TProviderContext>
    where TProviderContext : DbContext
{
    public TProviderContext CreateDbContext(string[] args) => (TProviderContext)database.CreateOffline(provider);
}
