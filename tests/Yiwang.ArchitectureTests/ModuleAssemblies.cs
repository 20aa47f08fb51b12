using System.Reflection;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.ArchitectureTests;

/// <summary>The assemblies under test, read from the host's one module list so a new module is checked without editing the tests.</summary>
internal static class ModuleAssemblies
{
    public static readonly Assembly KernelCore = typeof(Yiwang.Kernel.Codes.Uscc).Assembly;
    public static readonly Assembly KernelData = typeof(Yiwang.Kernel.Data.ModuleDatabase).Assembly;
    public static readonly Assembly KernelWeb = typeof(Yiwang.Kernel.Web.ApiProblems).Assembly;
    public static readonly Assembly ReviewsKernel = typeof(Yiwang.Reviews.Filings.ReviewFilings).Assembly;
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly Assembly[] Modules = [.. Yiwang.Web.Platform.Startup.Modules.All.Select(m => m.GetType().Assembly).Distinct()];

    public static IEnumerable<string> ModuleNames => Modules.Select(m => m.GetName().Name!);

    /// <summary>The root namespace of a module assembly (<c>Yiwang.Arrears</c>), where its <c>Domain</c>, <c>Features</c> and <c>Data</c> live.</summary>
    public static string RootNamespace(Assembly module) => module.GetName().Name!;
}
