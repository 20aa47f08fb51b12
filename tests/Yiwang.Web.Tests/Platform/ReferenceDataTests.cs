using System.Net;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Platform;

public sealed class ReferenceDataTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Regions_ListProvincesThenChildren()
    {
        using var client = app.CreateClient();
        var provinces = await (await client.GetAsync("/api/v1/regions", Ct)).JsonAsync();
        Assert.Contains(provinces.EnumerateArray(), p => p.GetProperty("code").GetString() == "330000" && p.GetProperty("name").GetString() == "浙江省");
        var cities = await (await client.GetAsync("/api/v1/regions?parent=330000", Ct)).JsonAsync();
        Assert.Contains(cities.EnumerateArray(), c => c.GetProperty("code").GetString() == "330100");
        using var bad = await client.GetAsync("/api/v1/regions?parent=33", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Industries_ListSectionsThenDivisions()
    {
        using var client = app.CreateClient();
        var sections = await (await client.GetAsync("/api/v1/industries", Ct)).JsonAsync();
        Assert.Equal(20, sections.GetArrayLength());
        var manufacturing = await (await client.GetAsync("/api/v1/industries?parent=C", Ct)).JsonAsync();
        Assert.Contains(manufacturing.EnumerateArray(), d => d.GetProperty("code").GetString() == "30");
    }

    [Fact]
    public async Task EnterpriseProfilePage_ShowsOwnProfileWithExplanation_AndNothingOfOthers()
    {
        using var browser = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var own = await browser.GetStringAsync("/enterprises/91330106MA27XW1K3Y", Ct);
        Assert.Contains("杭州西湖精密机械有限公司", own, StringComparison.Ordinal);
        Assert.Contains("浙江省 杭州市 西湖区", own, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"profile-size-explanation\"", own, StringComparison.Ordinal);

        using var response = await browser.GetAsync("/enterprises/91330102MA2CFEB04Q", Ct); // seeded, in 上城区
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var other = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("杭州上城商贸有限公司", other, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-found\"", other, StringComparison.Ordinal);
    }
}
