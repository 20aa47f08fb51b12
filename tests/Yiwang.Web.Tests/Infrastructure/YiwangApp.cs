using Microsoft.Extensions.DependencyInjection;

namespace Yiwang.Testing;

/// <summary>
/// Class fixture: one migrated, demo-seeded Yiwang host on its own fresh database, shared by the tests of one class.
/// </summary>
/// <remarks>
/// How to write a test that runs on both SQLite and PostgreSQL: put the tests in an abstract class that takes a
/// <see cref="YiwangApp"/>, then add one line per provider (names end in the provider, so the output says which failed):
/// <code>
/// public abstract class EnterpriseApiTests(YiwangApp app)
/// {
///     [Fact]
///     public async Task List_AsAdmin_Returns200()
///     {
///         using var client = app.CreateClient();
///         var response = await client.GetAsync("/api/enterprises", TestContext.Current.CancellationToken);
///         Assert.Equal(HttpStatusCode.OK, response.StatusCode);
///     }
/// }
///
/// public sealed class SqliteEnterpriseApiTests(SqliteApp app) : EnterpriseApiTests(app), IClassFixture&lt;SqliteApp&gt;;
/// public sealed class PostgresEnterpriseApiTests(PostgresApp app) : EnterpriseApiTests(app), IClassFixture&lt;PostgresApp&gt;;
/// </code>
/// Tests of one class share the database, so a test must not assume rows other tests may add (use unique keys).
/// Without <c>YIWANG_TEST_POSTGRES</c> the PostgreSQL class is skipped on the first use of <c>app</c>
/// (a failure under <c>YIWANG_REQUIRE_EXTERNAL=1</c>); see <see cref="ExternalRequirements"/>.
/// </remarks>
public abstract class YiwangApp(TestDatabaseKind kind) : IAsyncLifetime
{
    private TestDatabase? _database;
    private YiwangAppFactory? _factory;

    public TestDatabaseKind Kind => kind;

    /// <summary>Extra host settings for this fixture (applied after the defaults).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    /// <summary>A clock for the host instead of the default <see cref="TestClock"/> (e.g. a FakeTimeProvider to walk through deadlines).</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Test doubles for the host's services (registered after the host's own).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The clock the host runs on; test data that means "now" or "today" reads it, never the wall clock.</summary>
    public TimeProvider HostClock => Factory.Clock;

    /// <summary>The host; touching it skips the test (or fails it in CI) when this provider is not configured.</summary>
    public YiwangAppFactory Factory => _factory ?? throw Unavailable();

    public IServiceProvider Services => Factory.Services;

    /// <summary>An in-memory client (cookies kept between calls, redirects followed).</summary>
    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>A client that does not follow redirects, to assert on 302s (e.g. login challenges).</summary>
    public HttpClient CreateClientWithoutRedirects() =>
        Factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>A DI scope on the host, e.g. to read a module's DbContext directly.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    public async ValueTask InitializeAsync()
    {
        if (kind == TestDatabaseKind.Postgres && ExternalRequirements.PostgresOrNull() is null)
        {
            return; // the tests skip (or fail) themselves through Factory: a fixture cannot skip
        }

        _database = await TestDatabase.CreateAsync(kind);
        _factory = new YiwangAppFactory(_database, Settings, Clock, ConfigureServices);
        try
        {
            _factory.StartServer(); // migrations and demo seed run here, so a broken start-up fails every test with its cause
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        GC.SuppressFinalize(this);
    }

    private InvalidOperationException Unavailable()
    {
        if (kind == TestDatabaseKind.Postgres)
        {
            ExternalRequirements.Postgres(); // skips or fails with the standard message
        }

        return new InvalidOperationException($"The {kind} host did not start.");
    }
}

public sealed class SqliteApp() : YiwangApp(TestDatabaseKind.Sqlite);

public sealed class PostgresApp() : YiwangApp(TestDatabaseKind.Postgres);
