using System.Net;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>The pages as a browser posts them (antiforgery and cookie), server-rendered.</summary>
public abstract class CarbonPageTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Compute_form_redirects_to_the_report_with_stages_and_pfc()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        const string Path = "/carbon/footprints/new?template=aluminium-primary";
        var token = await PageClient.AntiforgeryTokenAsync(client, Path);

        using var response = await client.PostAsync(Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "carbon-compute", ["__RequestVerificationToken"] = token,
            ["productName"] = "表单铝锭", ["referenceYear"] = "2025", ["parameters.anodeEffectMinutes"] = "2", ["factors.siteElectricity"] = "grid.cn.northwest.2023",
        }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("/carbon/footprints/[0-9a-f-]{36}$", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("表单铝锭", html, StringComparison.Ordinal);
        Assert.Contains("CF4", html, StringComparison.Ordinal);
        Assert.Contains("西北电网 2023", html, StringComparison.Ordinal); // the chosen grid, by name
        Assert.DoesNotContain("grid.cn.northwest.2023", html, StringComparison.Ordinal); // its key is for the admins' data-sources section
        Assert.Contains("data-testid=\"stage-chart\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_activity_data_is_shown_on_the_form_not_saved()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        const string Path = "/carbon/footprints/new?template=steel-eaf";
        var token = await PageClient.AntiforgeryTokenAsync(client, Path);

        using var response = await client.PostAsync(Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "carbon-compute", ["__RequestVerificationToken"] = token, ["productName"] = "坏数据", ["parameters.electricityKwh"] = "5",
        }), Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"f-parameters-electricityKwh-error\"", html, StringComparison.Ordinal); // beside the field
        Assert.Contains("value=\"5\"", html, StringComparison.Ordinal); // what was typed is kept
        Assert.Contains("value=\"坏数据\"", html, StringComparison.Ordinal);
        Assert.EndsWith("/carbon/footprints/new", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_enterprises_footprint_page_is_404()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var response = await client.GetAsync($"/carbon/footprints/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}

public sealed class SqliteCarbonPageTests(SqliteApp app) : CarbonPageTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCarbonPageTests(PostgresApp app) : CarbonPageTests(app), IClassFixture<PostgresApp>;
