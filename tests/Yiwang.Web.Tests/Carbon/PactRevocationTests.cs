using System.Net;
using System.Net.Http.Headers;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>Issue 14: PACT clients could not be revoked. Revoking one stops its tokens at once and refuses new ones.</summary>
public abstract class PactRevocationTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_revoked_client_loses_its_token_at_once_and_cannot_get_a_new_one()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var (clientId, secret) = await PactExchangeTests.IssueClientAsync(enterprise);
        using var customer = app.CreateClient();
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await PactExchangeTests.TokenAsync(customer, clientId, secret));
        using (var before = await customer.GetAsync("/2/footprints", Ct)) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var revoke = await enterprise.DeleteAsync($"/api/v1/carbon/pact-clients/{clientId}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var after = await customer.GetAsync("/2/footprints", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        using var fresh = app.CreateClient();
        using var tokenRequest = PactExchangeTests.TokenRequest(clientId, secret);
        using var token = await fresh.SendAsync(tokenRequest, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        var listed = await (await enterprise.GetAsync("/api/v1/carbon/pact-clients", Ct)).JsonAsync();
        var entry = listed.EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == clientId);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, entry.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task Only_the_owner_can_revoke_and_an_unknown_client_is_404()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var (clientId, _) = await PactExchangeTests.IssueClientAsync(enterprise);
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);

        using var foreign = await official.DeleteAsync($"/api/v1/carbon/pact-clients/{clientId}", Ct);
        using var unknown = await enterprise.DeleteAsync("/api/v1/carbon/pact-clients/pact-000000000000000000000000", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}

public sealed class SqlitePactRevocationTests(SqliteApp app) : PactRevocationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPactRevocationTests(PostgresApp app) : PactRevocationTests(app), IClassFixture<PostgresApp>;
