using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Kernel.Data;

namespace Yiwang.Kernel.Web.Modules;

/// <summary>
/// A module as the host sees it: its services, endpoints, database contexts, demo data and pages. The host keeps one
/// explicit list of these (no discovery), and registration, mapping, migration, seeding, the router and the
/// architecture tests all read that list.
/// </summary>
/// <param name="name">A short name for logs and test messages.</param>
/// <param name="databases">The module's DbContexts, migrated in this order; registered before <see cref="AddServices"/>.</param>
public abstract class YiwangModule(string name, params IReadOnlyList<ModuleDatabase> databases)
{
    public string Name { get; } = name;

    public IReadOnlyList<ModuleDatabase> Databases { get; } = databases;

    /// <summary>Where the router looks for the module's routable pages (public Razor components).</summary>
    public virtual Assembly PageAssembly => GetType().Assembly;

    /// <summary>Handlers, jobs and other services; the contexts in <see cref="Databases"/> are registered already.</summary>
    protected abstract void AddServices(IServiceCollection services, ModuleSettings settings);

    public abstract void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Runs after this module's migrations, on every migrate (a backfill, shipped reference rows); must be idempotent.</summary>
    protected virtual Task AfterMigrateAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Demo data for a fresh embedded database; must do nothing when it is there already.</summary>
    public virtual Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The module's contexts on the configured provider, then its services.</summary>
    public void Register(IServiceCollection services, ModuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var database in Databases) database.Register(services, settings.Database);
        AddServices(services, settings);
    }

    /// <summary>Applies the pending migrations of each of <see cref="Databases"/>, then <see cref="AfterMigrateAsync"/>.</summary>
    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var database in Databases) await database.MigrateAsync(services, cancellationToken);
        await AfterMigrateAsync(services, cancellationToken);
    }
}
