using Yiwang.Kernel.Persistence;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Startup;

/// <summary>
/// The platform's services without the web server, for the <c>yiwang</c> command: the same registrations the host
/// uses, so <c>yiwang db migrate</c> applies exactly the migrations the host would.
/// </summary>
public static class MaintenanceHost
{
    public static ServiceProvider Build(DatabaseSettings database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The command reads the same Audit:* settings as the host, from the environment (Audit__ChainKey, …).
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var production = string.Equals(configuration["DOTNET_ENVIRONMENT"] ?? configuration["ASPNETCORE_ENVIRONMENT"], "Production", StringComparison.OrdinalIgnoreCase);
        services.AddPlatformCore(database, AuditChainSettings.From(configuration, production, database, Directory.GetCurrentDirectory()));
        services.AddModules(Modules.All, ModuleSettings.WithoutConfiguration(database));
        return services.BuildServiceProvider();
    }

    public static async Task<AuditVerification> VerifyAuditAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await services.GetRequiredService<AuditChainVerifier>().VerifyAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
    }

    /// <summary>Anchors the chain's head now (<c>yiwang audit anchor</c>); null when the newest anchor already holds it or the chain is empty.</summary>
    public static async Task<(AuditAnchor? Anchor, string File)> AnchorAuditAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var anchors = services.GetRequiredService<AuditAnchors>();
        return (await anchors.AnchorHeadAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken), anchors.File);
    }
}
