using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform.Accounts;

/// <summary>Hosts that check every request against the database (no cache window), so a revocation shows at once.</summary>
public sealed class SqliteUncachedSessionsApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string> Settings => UncachedSessions.Settings;
}

public sealed class PostgresUncachedSessionsApp() : YiwangApp(TestDatabaseKind.Postgres)
{
    protected override IReadOnlyDictionary<string, string> Settings => UncachedSessions.Settings;
}

internal static class UncachedSessions
{
    public static IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Sessions:CheckSeconds"] = "0" };
}
