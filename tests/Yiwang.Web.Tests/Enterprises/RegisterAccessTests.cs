using System.Net;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Enterprises;

/// <summary>Every forbidden access tried through the API: scope comes from the account, never from the request.</summary>
public abstract class RegisterAccessTests(YiwangApp app)
{
    private const string DemoEnterpriseUscc = "91330106MA27XW1K3Y";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_CannotListTheRegister()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/api/v1/enterprises", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Enterprise_SeesOnlyItself_EvenWhenAskingForAnotherRegion()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var page = await (await client.GetAsync("/api/v1/enterprises?region=110000&pageSize=200", Ct)).JsonAsync();
        Assert.Equal(0, page.GetProperty("total").GetInt32());

        var own = await (await client.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal(DemoEnterpriseUscc, own.GetProperty("items")[0].GetProperty("uscc").GetString());
    }

    [Fact]
    public async Task Enterprise_CannotReadAnotherEnterprise()
    {
        var other = await AnyEnterpriseOutside("33");
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        using var response = await client.GetAsync($"/api/v1/enterprises/{other}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var ownResponse = await client.GetAsync($"/api/v1/enterprises/{DemoEnterpriseUscc}", Ct);
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
    }

    [Fact]
    public async Task Enterprise_CannotSeeStatistics()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var response = await client.GetAsync("/api/v1/enterprises/statistics", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CountyOfficial_SeesOnlyItsCounty()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var page = await (await client.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal("330106", e.GetProperty("regionCode").GetString()));

        var widened = await (await client.GetAsync("/api/v1/enterprises?region=000000&pageSize=200", Ct)).JsonAsync();
        Assert.Equal(page.GetProperty("total").GetInt32(), widened.GetProperty("total").GetInt32());

        using var outside = await client.GetAsync($"/api/v1/enterprises/{await AnyEnterpriseOutside("33")}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task ProvincialOfficial_SeesItsProvinceAndStatisticsOnlyCountIt()
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        var all = await (await admin.GetAsync("/api/v1/enterprises/statistics", Ct)).JsonAsync();

        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var page = await (await client.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.StartsWith("33", e.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
        var stats = await (await client.GetAsync("/api/v1/enterprises/statistics", Ct)).JsonAsync();
        var byProvince = stats.GetProperty("byProvince").EnumerateArray().ToArray();
        Assert.Single(byProvince);
        Assert.Equal("33", byProvince[0].GetProperty("key").GetString());
        Assert.True(all.GetProperty("total").GetInt32() > stats.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=abc", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("pageSize=lots", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("size=tiny", "size")]
    public async Task List_WithABadQuery_Returns400NamingTheParameter(string query, string field)
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var response = await client.GetAsync($"/api/v1/enterprises?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task WrongPassword_IsRejectedWithProblemDetails()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/api/v1/auth/token",
            JsonContent(new { email = SeededAccounts.OfficialXihu, password = "not-the-password" }), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> AnyEnterpriseOutside(string provincePrefix)
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        var page = await (await admin.GetAsync("/api/v1/enterprises?pageSize=200", Ct)).JsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .First(e => !e.GetProperty("regionCode").GetString()!.StartsWith(provincePrefix, StringComparison.Ordinal))
            .GetProperty("uscc").GetString()!;
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}

public sealed class SqliteRegisterAccessTests(SqliteApp app) : RegisterAccessTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRegisterAccessTests(PostgresApp app) : RegisterAccessTests(app), IClassFixture<PostgresApp>;
