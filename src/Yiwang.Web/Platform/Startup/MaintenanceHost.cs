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
        services.AddPlatformCore(database);
        services.AddModules(Modules.All, ModuleSettings.WithoutConfiguration(database));
        return services.BuildServiceProvider();
    }

    public static async Task<AuditVerification> VerifyAuditAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await AuditChainVerifier.VerifyAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
    }
}
