using Microsoft.AspNetCore.Components;

namespace Yiwang.Indicators.Tests;

/// <summary>The same rule the architecture tests apply to every module, checked here so a slip shows up in this build.</summary>
public sealed class ModuleSurfaceTests
{
    [Fact]
    public void Only_the_module_class_and_razor_components_are_public()
    {
        var unexpected = typeof(IndicatorsModule).Assembly.GetExportedTypes()
            .Where(t => t != typeof(IndicatorsModule) && t.Name != "_Imports" && !typeof(IComponent).IsAssignableFrom(t))
            .Select(t => t.FullName);

        Assert.Empty(unexpected);
    }

    [Fact]
    public void Concrete_classes_are_sealed()
    {
        var unsealed = typeof(IndicatorsModule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested && !t.Name.StartsWith('<') && t.Name != "_Imports")
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Where(t => !typeof(IComponent).IsAssignableFrom(t))
            .Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true) // EF generates partial classes
            .Select(t => t.FullName);

        Assert.Empty(unsealed);
    }
}
