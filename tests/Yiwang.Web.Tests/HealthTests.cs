using System.Net;
using Yiwang.Testing;

namespace Yiwang.Web.Tests;

public abstract class HealthTests(YiwangApp app)
{
    [Fact]
    public async Task Health_AfterMigrationAndSeed_Returns200()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteHealthTests(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresHealthTests(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;
