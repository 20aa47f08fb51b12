using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Enterprises.Data;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Enterprises;

/// <summary>Enterprise register and size classification (划型). The host composes it explicitly.</summary>
public static class EnterprisesModule
{
    public static IServiceCollection AddEnterprisesModule(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddEnterprisesDatabase(database);
        return services;
    }

    public static IEndpointRouteBuilder MapEnterprisesModule(this IEndpointRouteBuilder app)
    {
        return app;
    }

    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<EnterprisesDbContext>().Database.MigrateAsync(cancellationToken);

    public static Task SeedDemoAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
