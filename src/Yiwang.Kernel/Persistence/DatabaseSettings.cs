namespace Yiwang.Kernel.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Which database every module's DbContext talks to. The host reads it once from configuration
/// (<c>Database:Provider</c>, <c>ConnectionStrings:Yiwang</c>) and hands it to each module.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnection = "Data Source=data/yiwang.db";

    public static DatabaseSettings From(string? provider, string? connectionString)
    {
        var kind = (provider ?? "sqlite").Trim().ToUpperInvariant() switch
        {
            "SQLITE" or "" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException($"Database:Provider '{provider}' is not supported; use 'sqlite' or 'postgres'.", nameof(provider)),
        };
        if (kind == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new ArgumentException("Database:Provider=postgres needs ConnectionStrings:Yiwang.", nameof(connectionString));
        return new(kind, string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString);
    }
}
