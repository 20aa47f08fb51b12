using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Auditing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Startup;

internal static class PlatformCore
{
    /// <summary>What the web host and the <c>yiwang</c> command both register before the modules.</summary>
    public static IServiceCollection AddPlatformCore(this IServiceCollection services, DatabaseSettings database, AuditChainSettings audit)
    {
        services.AddSingleton(database);
        services.AddSingleton(audit);
        services.AddSingleton<AuditAnchors>();
        services.AddSingleton<AuditChainVerifier>();
        services.AddSingleton(TimeProvider.System);
        services.AddPlatformDatabase(database);
        services.AddSingleton<IAuditTrail, HashChainAuditTrail>(); // one group-commit writer per process
        return services;
    }
}
