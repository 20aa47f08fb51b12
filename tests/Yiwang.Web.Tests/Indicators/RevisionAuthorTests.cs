using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Indicators;

/// <summary>
/// Issue 14: the anonymous revision history named the official who changed a value by account id. Readers learn which
/// authority changed it (the one that owns the series), never who.
/// </summary>
public abstract class RevisionAuthorTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = app.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByEmailAsync(email);
        return Assert.IsType<PlatformUser>(user).Id;
    }

    [Fact]
    public async Task Anonymous_revision_history_names_the_provincial_authority_not_the_officials_account()
    {
        using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var import = await zhejiang.PostAsync("/api/v1/indicators/observations/import", IndicatorsDataTests.Upload(
            "indicator,region,period,value,source\nfixed-broadband-users,330000,2025-12,3100,浙江省通信管理局（测试数据）\n"u8.ToArray(), "zj-broadband.csv"), Ct);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var correct = await zhejiang.PutAsJsonAsync("/api/v1/indicators/fixed-broadband-users/observations/2025-12?region=330000",
            new { value = 3105, reason = "按省统计公报更正" }, Ct);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        var officialId = await UserIdAsync(SeededAccounts.OfficialZhejiang);

        using var anonymous = app.CreateClient();
        using var response = await anonymous.GetAsync("/api/v1/indicators/fixed-broadband-users/observations/2025-12/revisions?region=330000", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(officialId, body, StringComparison.OrdinalIgnoreCase);
        var history = await response.JsonAsync();
        Assert.Equal(2, history.GetArrayLength());
        Assert.All(history.EnumerateArray(), r => Assert.Equal("浙江省统计主管部门", r.GetProperty("changedBy").GetString()));
    }

    [Fact]
    public async Task The_indicator_page_shows_who_corrected_a_value_by_authority_in_both_languages()
    {
        using var national = await ApiClient.SignedInAsync(app, IndicatorsDataTests.OfficialNational);
        using var correct = await national.PutAsJsonAsync("/api/v1/indicators/green-data-centres/observations/2024-06",
            new { value = 247, reason = "核对原文" }, Ct);
        Assert.Equal(HttpStatusCode.OK, correct.StatusCode);
        var officialId = await UserIdAsync(IndicatorsDataTests.OfficialNational);

        using var anonymous = app.CreateClient();
        var zh = await anonymous.GetStringAsync("/indicators/green-data-centres", Ct);
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var en = await anonymous.GetStringAsync("/indicators/green-data-centres", Ct);

        Assert.DoesNotContain(officialId, zh, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(officialId, en, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("国家统计主管部门", zh, StringComparison.Ordinal);
        Assert.Contains("the national statistics authority", en, StringComparison.Ordinal);
    }
}

public sealed class SqliteRevisionAuthorTests(SqliteApp app) : RevisionAuthorTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRevisionAuthorTests(PostgresApp app) : RevisionAuthorTests(app), IClassFixture<PostgresApp>;
