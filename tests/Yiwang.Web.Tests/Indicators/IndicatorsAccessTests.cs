using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Indicators.Data;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Indicators;

/// <summary>
/// Scoping attacks on indicator writes: the series a caller may write comes from its account, never from the file or URL.
/// Each attack is followed by a check that nothing was written.
/// </summary>
public abstract class IndicatorsAccessTests(YiwangApp app)
{
    private const string Import = "/api/v1/indicators/observations/import";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent File(string csv) => IndicatorsDataTests.Upload(Encoding.UTF8.GetBytes(csv), "attack.csv");

    private async Task<bool> StoredAsync(string code, string region, int year, int month)
    {
        await using var scope = app.CreateScope();
        var index = year * 12 + month - 1;
        return await scope.ServiceProvider.GetRequiredService<IndicatorsDbContext>().Observations
            .AnyAsync(o => o.Indicator == code && o.Region == region && o.PeriodIndex == index, Ct);
    }

    [Fact]
    public async Task Enterprise_CannotImport_OrCorrect()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);

        using var import = await client.PostAsync(Import, File("indicator,period,value,source\n5g-base-stations,2030-01,1,x\n"), Ct);
        using var correct = await client.PutAsJsonAsync("/api/v1/indicators/5g-base-stations/observations/2024-07", new { value = 1, reason = "x" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, correct.StatusCode);
        Assert.False(await StoredAsync("5g-base-stations", "000000", 2030, 1));
    }

    [Fact]
    public async Task ProvincialOfficial_CannotImportTheNationalSeries_EvenHiddenAmongItsOwnRows()
    {
        using var client = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);

        using var response = await client.PostAsync(Import,
            File("indicator,region,period,value,source\n5g-base-stations,330000,2031-01,30,x\n5g-base-stations,000000,2031-01,600,x\n"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("3", (await response.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await StoredAsync("5g-base-stations", "000000", 2031, 1));
        Assert.False(await StoredAsync("5g-base-stations", "330000", 2031, 1)); // the whole file is refused
    }

    [Fact]
    public async Task ProvincialOfficial_CannotImportOrCorrectAnotherProvince()
    {
        using var national = await ApiClient.SignedInAsync(app, IndicatorsDataTests.OfficialNational);
        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);

        using var import = await zhejiang.PostAsync(Import, File("indicator,region,period,value,source\n5g-base-stations,320000,2032-01,30,x\n"), Ct);
        using var correctNational = await zhejiang.PutAsJsonAsync("/api/v1/indicators/5g-base-stations/observations/2024-07", new { value = 1, reason = "x" }, Ct);
        using var correctJiangsu = await zhejiang.PutAsJsonAsync("/api/v1/indicators/5g-base-stations/observations/2024-07?region=320000", new { value = 1, reason = "x" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, correctNational.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, correctJiangsu.StatusCode);
        Assert.False(await StoredAsync("5g-base-stations", "320000", 2032, 1));
        var value = await (await national.GetAsync("/api/v1/indicators/5g-base-stations/observations?from=2024-07&to=2024-07", Ct)).JsonAsync();
        Assert.Equal(399.6m, value.GetProperty("observations")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task CountyOfficial_AndAdmin_OwnNoSeries()
    {
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);

        using var county = await xihu.PostAsync(Import, File("indicator,region,period,value,source\n5g-base-stations,330000,2033-01,30,x\n"), Ct);
        using var platform = await admin.PostAsync(Import, File("indicator,period,value,source\n5g-base-stations,2033-01,600,x\n"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, county.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, platform.StatusCode);
        Assert.False(await StoredAsync("5g-base-stations", "000000", 2033, 1));
    }

    [Fact]
    public async Task Anonymous_ReadsButCannotWrite()
    {
        using var client = app.CreateClient();

        using var read = await client.GetAsync("/api/v1/indicators/5g-base-stations/observations", Ct);
        using var import = await client.PostAsync(Import, File("indicator,period,value,source\n5g-base-stations,2034-01,1,x\n"), Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
    }
}

public sealed class SqliteIndicatorsAccessTests(SqliteApp app) : IndicatorsAccessTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresIndicatorsAccessTests(PostgresApp app) : IndicatorsAccessTests(app), IClassFixture<PostgresApp>;
