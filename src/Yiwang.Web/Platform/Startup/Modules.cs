using System.Reflection;
using Yiwang.Arrears;
using Yiwang.Carbon;
using Yiwang.Cultivation;
using Yiwang.Enterprises;
using Yiwang.Indicators;
using Yiwang.Kernel.Data;
using Yiwang.Kernel.Web.Modules;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Startup;

/// <summary>
/// The one list of modules. The host registers, maps, migrates and seeds them in this order, the router finds their
/// pages through it, and the architecture tests check every module in it. Adding a module: a project, its reference
/// in Yiwang.Web.csproj, one line here (<c>docs/adding-a-module.md</c>).
/// </summary>
public static class Modules
{
    // The order the demo seeds ran in before this list existed.
    public static IReadOnlyList<YiwangModule> All { get; } =
    [
        new EnterprisesModule(),
        new CarbonModule(),
        new CultivationModule(),
        new IndicatorsModule(),
        new ArrearsModule(),
    ];

    public static IReadOnlyList<Assembly> PageAssemblies { get; } = [.. All.Select(m => m.PageAssembly).Distinct()];

    /// <summary>Every context in the shared database: the platform's own first, then each module's (a kernel context several modules list, such as Yiwang.Reviews', once).</summary>
    public static IReadOnlyList<ModuleDatabase> Databases { get; } = [PlatformDatabase.Definition, .. All.SelectMany(m => m.Databases).Distinct()];
}
