using Microsoft.EntityFrameworkCore;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Startup;

namespace Yiwang.ArchitectureTests;

/// <summary>
/// Each context's model matches its last migration on both providers, so a model change without its two
/// <c>dotnet ef migrations add</c> runs fails here instead of at the first deployment. Needs no database: the
/// contexts are built offline, as <c>dotnet ef</c> builds them.
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string, DatabaseProvider> Contexts =>
        [.. Modules.Databases.SelectMany(d => Enum.GetValues<DatabaseProvider>().Select(p => (d.ContextType.Name, p)))];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Model_has_no_changes_without_a_migration(string context, DatabaseProvider provider)
    {
        var database = Modules.Databases.Single(d => d.ContextType.Name == context);
        using var db = database.CreateOffline(provider);
        Assert.True(!db.Database.HasPendingModelChanges(),
            $"{db.GetType().Name} has model changes without a migration: dotnet ef migrations add <Name> --context {db.GetType().Name} (see docs/adding-a-module.md)");
    }
}
