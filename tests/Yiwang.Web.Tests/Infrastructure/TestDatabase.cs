using Microsoft.Data.Sqlite;
using Npgsql;

namespace Yiwang.Testing;

public enum TestDatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A throw-away database for one fixture: a fresh SQLite file, or a fresh uniquely named PostgreSQL database
/// on the server given by <c>YIWANG_TEST_POSTGRES</c>. Disposing deletes it.
/// </summary>
/// <remarks>Linked into Yiwang.E2E as well.</remarks>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The value for the host's <c>Database:Provider</c> setting.</summary>
    public abstract string ProviderName { get; }

    /// <summary>The value for the host's <c>ConnectionStrings:Yiwang</c> setting.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>
    /// Creates an empty database of the given kind. For PostgreSQL this skips the calling test
    /// (or fails it in CI) when <c>YIWANG_TEST_POSTGRES</c> is unset.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(TestDatabaseKind kind, CancellationToken cancellationToken = default) =>
        kind switch
        {
            TestDatabaseKind.Sqlite => SqliteTestDatabase.Create(),
            TestDatabaseKind.Postgres => await PostgresTestDatabase.CreateAsync(ExternalRequirements.Postgres(), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    public abstract ValueTask DisposeAsync();

    /// <summary>A unique name (59 chars) usable as a file name and a PostgreSQL identifier (max 63); the timestamp helps spot leftovers.</summary>
    /// <remarks>The one deliberate wall-clock read in the tests: it names leftovers by when they were made, and no result depends on it.</remarks>
    protected static string UniqueName() => $"yiwang_test_{TimeProvider.System.GetUtcNow():yyyyMMddHHmmss}_{Guid.NewGuid():N}";
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory;

    private SqliteTestDatabase(string directory)
    {
        _directory = directory;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "yiwang.db") }.ToString();
    }

    public override string ProviderName => "sqlite";

    public override string ConnectionString { get; }

    /// <summary>A fresh directory for the file (SQLite adds -wal/-shm files next to it); the file itself is created by the host's migrations.</summary>
    public static SqliteTestDatabase Create() =>
        new(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), UniqueName())).FullName);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A host still shutting down may hold the file for a moment; a leftover temp file is harmless.
        }

        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _adminConnectionString;
    private readonly string _databaseName;

    private PostgresTestDatabase(string adminConnectionString, string databaseName)
    {
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ToString();
    }

    public override string ProviderName => "postgres";

    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(string adminConnectionString, CancellationToken cancellationToken = default)
    {
        var database = new PostgresTestDatabase(adminConnectionString, UniqueName());
        await database.ExecuteAsAdminAsync($"CREATE DATABASE \"{database._databaseName}\" ENCODING 'UTF8' TEMPLATE template0", cancellationToken);
        return database;
    }

    public override async ValueTask DisposeAsync()
    {
        // FORCE terminates the host's pooled connections that are still open to this database.
        await ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", CancellationToken.None);
    }

    private async Task ExecuteAsAdminAsync(string sql, CancellationToken cancellationToken)
    {
        // Connect to the maintenance database, never to the one being created or dropped; no pooling so nothing lingers.
        var admin = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
