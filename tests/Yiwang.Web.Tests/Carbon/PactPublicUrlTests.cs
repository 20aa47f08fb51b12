using System.Net;
using System.Net.Http.Headers;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>
/// Issue 14: with AllowedHosts "*" the Host header went straight into the PACT discovery document and the Link header,
/// so a forged Host could point customers' systems elsewhere. The addresses come from Site:PublicBaseUrl.
/// </summary>
public abstract class PactPublicUrlTests(YiwangApp app, string? configured)
{
    private const string Forged = "attacker.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Forging(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Forged;
        return request;
    }

    [Fact]
    public async Task A_forged_host_appears_neither_in_the_discovery_document_nor_in_the_next_link()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        await CarbonApiTests.ComputeAsync(enterprise, "steel-eaf");
        await CarbonApiTests.ComputeAsync(enterprise, "steel-eaf");
        var (clientId, secret) = await PactExchangeTests.IssueClientAsync(enterprise);
        using var customer = app.CreateClient();
        var token = await PactExchangeTests.TokenAsync(customer, clientId, secret);

        using var discovery = await customer.SendAsync(Forging("/.well-known/openid-configuration"), Ct);
        using var listRequest = Forging("/2/footprints?limit=1");
        listRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var list = await customer.SendAsync(listRequest, Ct);

        Assert.Equal(HttpStatusCode.OK, discovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var document = await discovery.Content.ReadAsStringAsync(Ct);
        var link = list.Headers.GetValues("Link").Single();
        Assert.DoesNotContain(Forged, document, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Forged, link, StringComparison.OrdinalIgnoreCase);
        var tokenEndpoint = (await discovery.JsonAsync()).GetProperty("token_endpoint").GetString();
        if (configured is not null)
        {
            Assert.Equal(configured + "/auth/token", tokenEndpoint);
            Assert.StartsWith("<" + configured + "/2/footprints?", link, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("/auth/token", tokenEndpoint); // no configured address outside Development: relative, never the caller's Host
        }
    }
}

/// <summary>A host with its public address configured, as production is.</summary>
public sealed class PublicUrlApp() : YiwangApp(TestDatabaseKind.Sqlite)
{
    public const string BaseUrl = "https://yiwang.example.gov.cn";

    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Site:PublicBaseUrl"] = BaseUrl + "/" };
}

public sealed class ConfiguredPactPublicUrlTests(PublicUrlApp app) : PactPublicUrlTests(app, PublicUrlApp.BaseUrl), IClassFixture<PublicUrlApp>;

public sealed class UnconfiguredPactPublicUrlTests(SqliteApp app) : PactPublicUrlTests(app, null), IClassFixture<SqliteApp>;
