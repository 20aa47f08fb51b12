using System.Net;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform;

/// <summary>The admin audit log and the account lists as pages: names instead of user ids, and a bad page number is a message.</summary>
public abstract class AdminPagesTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audit_log_names_the_actor_with_a_masked_address_and_shows_Beijing_time()
    {
        using var admin = await PageClient.SignedInAsync(app, SeededAccounts.Admin);
        var html = await admin.GetStringAsync("/admin/audit?action=account.", Ct);

        Assert.Contains("data-testid=\"audit-verification\"", html);
        Assert.Contains("a***@yiwang.local", html); // the admin's own sign-in, by name and masked address
        Assert.DoesNotContain("admin@yiwang.local", html);
        Assert.Contains("北京时间", html);
        Assert.DoesNotContain("carbon.footprint", html); // filtered to account.*
    }

    [Theory]
    [InlineData("/admin/audit?page=abc")]
    [InlineData("/admin/users?page=abc")]
    [InlineData("/account/registrations?page=1.5")]
    [InlineData("/admin/users?page=99999999999")]
    public async Task A_page_number_that_is_not_one_is_said_on_the_page_not_a_500(string path)
    {
        using var admin = await PageClient.SignedInAsync(app, SeededAccounts.Admin);
        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("页码应为", await response.Content.ReadAsStringAsync(Ct));
    }
}

public sealed class SqliteAdminPagesTests(SqliteApp app) : AdminPagesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAdminPagesTests(PostgresApp app) : AdminPagesTests(app), IClassFixture<PostgresApp>;
