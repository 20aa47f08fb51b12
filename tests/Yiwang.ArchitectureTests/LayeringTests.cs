using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using static Yiwang.ArchitectureTests.ModuleAssemblies;

namespace Yiwang.ArchitectureTests;

/// <summary>
/// Inside each module: <c>Domain</c> is pure (nothing above it, no framework), and pages never reach the database
/// themselves (they call the handlers the API calls). Known violations are listed by name below so the rules hold
/// for everything else; each entry is a debt to pay off, not a precedent, and the list may only shrink.
/// </summary>
public sealed class LayeringTests
{
    private static readonly HashSet<string> DomainAllowList =
    [
        // Reads the shipped routing rules through Data's embedded-resource reader (ArrearsData); the read belongs in Data.
        "Yiwang.Arrears.Domain.Complaints.RoutingRuleSet",
        // Both format numbers with Data.CatalogueLoader's helpers (`using static`); the helpers belong in Domain.
        "Yiwang.Indicators.Domain.Catalogue.IndicatorFormula",
        "Yiwang.Indicators.Domain.Progress.ProgressCalculator",
    ];

    private static readonly HashSet<string> PageAllowList =
    [
    ];

    public static TheoryData<string> ModuleNamesData => [.. ModuleNames];

    [Theory]
    [MemberData(nameof(ModuleNamesData))]
    public void Domain_depends_on_nothing_above_it(string moduleName)
    {
        var offending = DomainViolations(Module(moduleName)).Where(n => !DomainAllowList.Contains(n)).ToArray();
        Assert.True(offending.Length == 0, "Domain types that depend on Features, Data, ASP.NET Core or EF Core: " + string.Join(", ", offending));
    }

    [Theory]
    [MemberData(nameof(ModuleNamesData))]
    public void Pages_never_depend_on_a_DbContext(string moduleName)
    {
        var offending = PageViolations(Module(moduleName)).Where(n => !PageAllowList.Contains(n)).ToArray();
        Assert.True(offending.Length == 0, "Pages that use a DbContext or EF Core (call a handler instead): " + string.Join(", ", offending));
    }

    /// <summary>An entry whose violation has been mended must leave its list, so the list cannot hide a new one.</summary>
    [Fact]
    public void Every_allow_listed_violation_still_exists()
    {
        var domain = Modules.SelectMany(DomainViolations).ToHashSet();
        var pages = Modules.SelectMany(PageViolations).ToHashSet();
        Assert.Empty(DomainAllowList.Where(n => !domain.Contains(n)).Concat(PageAllowList.Where(n => !pages.Contains(n))));
    }

    private static Assembly Module(string name) => Modules.Single(m => m.GetName().Name == name);

    private static IEnumerable<string> DomainViolations(Assembly module)
    {
        var root = RootNamespace(module);
        return Offending(module, root + ".Features", root + ".Data", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore")
            .Where(n => n.StartsWith(root + ".Domain.", StringComparison.Ordinal));
    }

    private static IEnumerable<string> PageViolations(Assembly module)
    {
        var pages = module.GetTypes().Where(t => typeof(ComponentBase).IsAssignableFrom(t)).Select(t => t.FullName!).ToHashSet();
        string[] database = [.. module.GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.FullName!), "Microsoft.EntityFrameworkCore"];
        return Offending(module, database).Where(pages.Contains);
    }

    /// <summary>
    /// Every type of the module with any of the dependencies (NetArchTest reads signatures and instructions, not the
    /// types of catch clauses: ImportPage's <c>catch (DbUpdateException)</c> goes unseen), named by its outermost type: the body of an async method
    /// or a lambda compiles to a nested type, which NetArchTest reports on its own and a <c>That()</c> filter would miss.
    /// </summary>
    private static IEnumerable<string> Offending(Assembly module, params string[] dependencies) =>
        (Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(dependencies).GetResult().FailingTypeNames ?? [])
        .Select(n => n.Split('+', '/')[0]).Distinct();
}
