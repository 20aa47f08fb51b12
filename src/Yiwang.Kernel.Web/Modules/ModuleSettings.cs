using Microsoft.Extensions.Configuration;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Kernel.Web.Modules;

/// <summary>What a module may read while it registers its services.</summary>
public sealed record ModuleSettings(DatabaseSettings Database, IConfiguration Configuration)
{
    /// <summary>For hosts without configuration (the <c>yiwang</c> command, module tests, benchmarks).</summary>
    public static ModuleSettings WithoutConfiguration(DatabaseSettings database) => new(database, new ConfigurationBuilder().Build());
}
