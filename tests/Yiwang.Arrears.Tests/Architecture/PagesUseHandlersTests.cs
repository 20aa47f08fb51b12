using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace Yiwang.Arrears.Tests.Architecture;

/// <summary>Pages and their components go through handlers: none is given a DbContext (issue 13, item 6).</summary>
public sealed class PagesUseHandlersTests
{
    [Fact]
    public void No_component_of_the_module_injects_a_DbContext()
    {
        var components = typeof(ArrearsModule).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(components);
        var offenders = components
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.IsDefined(typeof(InjectAttribute)) && typeof(DbContext).IsAssignableFrom(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Components that inject a DbContext: " + string.Join(", ", offenders));
    }
}
