using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Carbon.Data;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>
/// The PACT exchange end to end: an enterprise issues client credentials, a customer system gets a token at
/// /auth/token and reads /2/footprints; a supplier's PACT footprint imported as the alumina input moves the result.
/// </summary>
public abstract class PactExchangeTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customer_fetches_footprints_with_a_client_credentials_token()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await CarbonApiTests.ComputeAsync(enterprise, "aluminium-primary");
        var (clientId, secret) = await IssueClientAsync(enterprise);

        using var customer = app.CreateClient();
        var token = await TokenAsync(customer, clientId, secret);
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var list = await (await customer.GetAsync("/2/footprints", Ct)).JsonAsync();
        var ids = list.GetProperty("data").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToArray();
        Assert.Contains(id, ids);

        using var one = await customer.GetAsync($"/2/footprints/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var pf = (await one.JsonAsync()).GetProperty("data");
        Assert.Equal("2.2.0", pf.GetProperty("specVersion").GetString());
        var pcf = pf.GetProperty("pcf");
        Assert.Equal("kilogram", pcf.GetProperty("declaredUnit").GetString());
        Assert.Equal("1000", pcf.GetProperty("unitaryProductAmount").GetString());
        var perKg = decimal.Parse(pcf.GetProperty("pCfExcludingBiogenic").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(perKg, 4.5m, 22m); // IAI range per kg
        Assert.Equal("AR6", pcf.GetProperty("ipccCharacterizationFactorsSources")[0].GetString());

        using var missing = await customer.GetAsync($"/2/footprints/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("NoSuchFootprint", (await missing.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_secret_is_401_invalid_client_and_no_token_is_403()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var (clientId, _) = await IssueClientAsync(enterprise);
        using var customer = app.CreateClient();

        using var wrong = await PostTokenAsync(customer, clientId, "not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("invalid_client", (await wrong.JsonAsync()).GetProperty("error").GetString());

        using var unknown = await PostTokenAsync(customer, "pact-nosuchclient", "x");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);

        using var noToken = await customer.GetAsync("/2/footprints", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Equal("AccessDenied", (await noToken.JsonAsync()).GetProperty("code").GetString());

        // A platform user's bearer token is not a PACT token.
        using var platformToken = await enterprise.GetAsync("/2/footprints", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, platformToken.StatusCode);
    }

    [Fact]
    public async Task Expired_token_is_401_token_expired()
    {
        const string Token = "expired-token-for-test";
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarbonDbContext>();
            db.PactTokens.Add(new PactTokenRecord
            {
                TokenHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Token))),
                ClientId = "pact-expired", OwnerUscc = "91330106MA27XW1K3Y", ExpiresAtUtc = app.HostClock.GetUtcNow().UtcDateTime.AddMinutes(-1),
            });
            await db.SaveChangesAsync(Ct);
        }

        using var customer = app.CreateClient();
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await customer.GetAsync("/2/footprints", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TokenExpired", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Token_only_reads_the_issuing_enterprises_footprints()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var (clientId, secret) = await IssueClientAsync(enterprise);
        using var customer = app.CreateClient();
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(customer, clientId, secret));

        var list = await (await customer.GetAsync("/2/footprints?limit=1000", Ct)).JsonAsync();
        Assert.All(list.GetProperty("data").EnumerateArray(), f =>
            Assert.Equal("urn:pathfinder:company:customcode:vendor-assigned:uscc-91330106MA27XW1K3Y", f.GetProperty("companyIds")[0].GetString()));
    }

    [Fact]
    public async Task Listing_pages_with_a_next_link()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        await CarbonApiTests.ComputeAsync(enterprise, "steel-eaf");
        await CarbonApiTests.ComputeAsync(enterprise, "steel-eaf");
        var (clientId, secret) = await IssueClientAsync(enterprise);
        using var customer = app.CreateClient();
        customer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(customer, clientId, secret));

        using var first = await customer.GetAsync("/2/footprints?limit=1", Ct);
        Assert.Equal(1, (await first.JsonAsync()).GetProperty("data").GetArrayLength());
        var link = first.Headers.GetValues("Link").Single();
        Assert.Contains("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("offset=1", link, StringComparison.Ordinal);

        using var filtered = await customer.GetAsync("/2/footprints?$filter=created%20ge%202024-01-01", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, filtered.StatusCode);
        Assert.Equal("NotImplemented", (await filtered.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Supplier_pact_footprint_becomes_the_alumina_input_and_a_new_version_rolls_down()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var pfId = Guid.NewGuid();
        var supplier = await ImportAsync(enterprise, SupplierAlumina(pfId, 1, "0.62"));
        var first = await ComputeWithAluminaAsync(enterprise, supplier);
        var again = await ImportAsync(enterprise, SupplierAlumina(pfId, 2, "0.92"));
        Assert.Equal(supplier, again); // same supplier record, updated in place
        var second = await ComputeWithAluminaAsync(enterprise, supplier);

        // 1.92 t alumina per t liquid metal × 1.005 t per t ingot × 1000 kg/t × Δ0.30 kg CO2e/kg
        Assert.Equal(1.005 * 1920 * 0.30, second - first, 1e-6);

        using var older = await enterprise.PostAsync("/api/v1/carbon/supplier-footprints", Json(SupplierAlumina(pfId, 1, "0.5")), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, older.StatusCode);
        using var badUnit = await enterprise.PostAsync("/api/v1/carbon/supplier-footprints", Json(SupplierAlumina(Guid.NewGuid(), 1, "0.5", "square meter")), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badUnit.StatusCode);
        using var notJson = await enterprise.PostAsync("/api/v1/carbon/supplier-footprints", new StringContent("{oops", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    private static async Task<double> ComputeWithAluminaAsync(HttpClient client, string supplierId)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/carbon/footprints",
            new { templateId = "aluminium-primary", productName = "用供应商氧化铝的铝锭", referenceYear = 2025, suppliers = new Dictionary<string, string> { ["alumina"] = supplierId } }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.JsonAsync()).GetProperty("result");
        Assert.Contains(result.GetProperty("byProcess").EnumerateArray(), p => p.GetProperty("kind").GetString() == "supplier");
        return result.GetProperty("totalKgCo2e").GetDouble();
    }

    private static async Task<string> ImportAsync(HttpClient client, JsonObject pf)
    {
        using var response = await client.PostAsync("/api/v1/carbon/supplier-footprints", Json(pf), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static StringContent Json(JsonObject o) => new(o.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject SupplierAlumina(Guid id, int version, string perKg, string unit = "kilogram") => new()
    {
        ["data"] = new JsonObject
        {
            ["id"] = id.ToString(), ["specVersion"] = "2.2.0", ["version"] = version, ["created"] = "2026-01-05T00:00:00Z", ["status"] = "Active",
            ["companyName"] = "广西示例氧化铝有限公司", ["companyIds"] = new JsonArray("urn:pathfinder:company:customcode:vendor-assigned:gx-alumina"),
            ["productDescription"] = "Metallurgical-grade alumina", ["productIds"] = new JsonArray("urn:pathfinder:product:customcode:vendor-assigned:al2o3"),
            ["productCategoryCpc"] = "41431", ["productNameCompany"] = "冶金级氧化铝",
            ["pcf"] = new JsonObject { ["declaredUnit"] = unit, ["unitaryProductAmount"] = "1000", ["pCfExcludingBiogenic"] = perKg, ["fossilGhgEmissions"] = perKg },
        },
    };

    internal static async Task<(string ClientId, string Secret)> IssueClientAsync(HttpClient enterprise)
    {
        using var response = await enterprise.PostAsJsonAsync("/api/v1/carbon/pact-clients", new { name = "下游整车厂采购系统" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    internal static async Task<string> TokenAsync(HttpClient customer, string clientId, string secret)
    {
        using var response = await PostTokenAsync(customer, clientId, secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        return body.GetProperty("access_token").GetString()!;
    }

    private static async Task<HttpResponseMessage> PostTokenAsync(HttpClient customer, string clientId, string secret)
    {
        using var request = TokenRequest(clientId, secret);
        return await customer.SendAsync(request, Ct);
    }

    /// <summary>POST /auth/token with the client's credentials in HTTP Basic, as a PACT customer system sends it.</summary>
    internal static HttpRequestMessage TokenRequest(string clientId, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/auth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        return request;
    }
}

public sealed class SqlitePactExchangeTests(SqliteApp app) : PactExchangeTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPactExchangeTests(PostgresApp app) : PactExchangeTests(app), IClassFixture<PostgresApp>;
