using System.Net;
using System.Text.RegularExpressions;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Carbon;

/// <summary>
/// Issue 12 for Carbon: the report, the home page, the supplier and PACT-client pages speak in names and words in both
/// languages; factor keys, sources, confidence labels and solver details are for the administrators' section only.
/// </summary>
public abstract partial class CarbonFacesTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "产品碳足迹报告", "西北电网 2023", "生命周期阶段")]
    [InlineData("en", "Product carbon footprint report", "Northwest China grid 2023", "Life-cycle stage")]
    public async Task The_report_names_factors_and_stages_and_keeps_sources_and_the_solver_for_admins(string culture, string title, string grid, string stage)
    {
        var id = await ComputeOnTheFormAsync();
        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, culture);

        var html = await enterprise.GetStringAsync($"/carbon/footprints/{id}", Ct);

        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(grid, html, StringComparison.Ordinal);
        Assert.Contains(stage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"footprint-sources\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        NoInternals(html);

        using var admin = await SignedInAsync(SeededAccounts.Admin, culture);
        var adminHtml = await admin.GetStringAsync($"/carbon/footprints/{id}", Ct);
        Assert.Contains("data-testid=\"footprint-sources\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains("grid.cn.northwest.2023", adminHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "产品模板", "从摇篮到大门")]
    [InlineData("en", "Product templates", "cradle-to-gate")]
    public async Task The_home_page_lists_templates_by_name_with_their_boundary_in_words(string culture, string heading, string boundary)
    {
        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, culture);
        var html = await enterprise.GetStringAsync("/carbon", Ct);

        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(boundary, html, StringComparison.Ordinal);
        Assert.DoesNotContain(">aluminium-primary<", html, StringComparison.Ordinal);
        NoInternals(html);
    }

    [Fact]
    public async Task A_client_is_issued_and_revoked_on_the_page_and_a_nameless_one_is_refused_beside_the_field()
    {
        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, "zh-CN");
        const string Path = "/carbon/pact-clients";

        using var nameless = await enterprise.PostAsync(Path, Form(await PageClient.AntiforgeryTokenAsync(enterprise, Path), "pact-client", ("name", "  ")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains("id=\"f-name-error\"", await nameless.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var issued = await enterprise.PostAsync(Path, Form(await PageClient.AntiforgeryTokenAsync(enterprise, Path), "pact-client", ("name", "页面客户系统")), Ct);
        var html = await issued.Content.ReadAsStringAsync(Ct);
        var clientId = ClientId().Match(html).Groups[1].Value;
        Assert.StartsWith("pact-", clientId, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"pact-client-secret\"", html, StringComparison.Ordinal);

        using var revoked = await enterprise.PostAsync(Path, Form(await PageClient.AntiforgeryTokenAsync(enterprise, Path), "pact-revoke", ("clientId", clientId)), Ct);
        var after = await revoked.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已撤销“页面客户系统”", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"revoke-{clientId}\"", after, StringComparison.Ordinal); // nothing left to revoke
    }

    [Fact]
    public async Task A_paste_that_is_not_json_is_refused_beside_the_text_area_keeping_what_was_pasted()
    {
        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, "en");
        const string Path = "/carbon/suppliers";

        using var response = await enterprise.PostAsync(Path, Form(await PageClient.AntiforgeryTokenAsync(enterprise, Path), "supplier-import", ("json", "[1,2]")), Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"f-json-error\"", html, StringComparison.Ordinal);
        Assert.Contains("[1,2]</textarea>", html, StringComparison.Ordinal);
        NoInternals(html);
    }

    [Fact]
    public async Task The_enterprise_workbench_lists_footprints_to_rate_and_counts_them()
    {
        await ComputeOnTheFormAsync();
        using var enterprise = await SignedInAsync(SeededAccounts.Enterprise, "zh-CN");

        var html = await enterprise.GetStringAsync("/", Ct);

        Assert.Contains("为碳足迹评定数据质量", html, StringComparison.Ordinal);
        Assert.Contains("面貌铝锭", html, StringComparison.Ordinal);
        Assert.Contains("已核算的产品碳足迹", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/carbon/suppliers\"", html, StringComparison.Ordinal);
        using var official = await SignedInAsync(SeededAccounts.OfficialZhejiang, "zh-CN");
        Assert.DoesNotContain("为碳足迹评定数据质量", await official.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }

    private async Task<string> ComputeOnTheFormAsync()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        const string Path = "/carbon/footprints/new?template=aluminium-primary";
        using var response = await client.PostAsync(Path, Form(await PageClient.AntiforgeryTokenAsync(client, Path), "carbon-compute",
            ("productName", "面貌铝锭"), ("factors.siteElectricity", "grid.cn.northwest.2023")), Ct);
        return response.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
    }

    private static FormUrlEncodedContent Form(string token, string handler, params (string Name, string Value)[] fields) =>
        new(new Dictionary<string, string>(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) { ["_handler"] = handler, ["__RequestVerificationToken"] = token });

    private async Task<HttpClient> SignedInAsync(string email, string culture)
    {
        var client = await PageClient.SignedInAsync(app, email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    /// <summary>No factor keys, confidence labels, solver internals, template ids or exception text in what the user reads.</summary>
    private static void NoInternals(string html)
    {
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..], " "), " "));
        foreach (var word in new[] { "grid.cn.", "SuiteSparse", "KLU", "technosphere", "secondary", "unconfirmed", "aluminium-primary@", "Exception", "pcf." })
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Identifier(), text);
    }

    [GeneratedRegex("data-testid=\"pact-client-id\">([^<]+)<")]
    private static partial Regex ClientId();

    [GeneratedRegex("<script.*?</script>|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\b[a-z]{2,}[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z0-9_]+\b")] // two lower-case letters first: kWh is a unit, not an identifier
    private static partial Regex Identifier();
}

public sealed class SqliteCarbonFacesTests(SqliteApp app) : CarbonFacesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCarbonFacesTests(PostgresApp app) : CarbonFacesTests(app), IClassFixture<PostgresApp>;
