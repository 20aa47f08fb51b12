using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Yiwang.Kernel.Web.Forms;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// The complaint pages as a browser posts them (cookie, antiforgery token, form fields), server-rendered through the
/// same handlers as the API: scoping of the list, confidentiality on the case page, inert script, 404 outside scope,
/// field errors next to the fields, and the 409 message for a stale form.
/// </summary>
public abstract partial class ComplaintPagesTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_shows_each_party_only_the_cases_in_its_scope()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(api, "HT-PAGE-LIST-" + app.Kind, Ct);
        var number = (await ComplaintFixtures.GetAsync(api, id, Ct)).GetProperty("number").GetString()!;

        Assert.Contains(number, await ListAsync(SeededAccounts.Enterprise), StringComparison.Ordinal);
        Assert.Contains(number, await ListAsync(SeededAccounts.OfficialZhejiang), StringComparison.Ordinal);
        // Not yet forwarded: the county and the respondent do not see it.
        Assert.DoesNotContain(number, await ListAsync(SeededAccounts.OfficialXihu), StringComparison.Ordinal);
        Assert.DoesNotContain(number, await ListAsync(SeededAccounts.Respondent), StringComparison.Ordinal);

        var enterpriseList = await ListAsync(SeededAccounts.Enterprise);
        Assert.Contains("data-testid=\"complaint-new\"", enterpriseList, StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", enterpriseList, StringComparison.Ordinal); // contact masked in lists
        Assert.DoesNotContain("data-testid=\"complaint-new\"", await ListAsync(SeededAccounts.OfficialZhejiang), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_page_hides_a_withheld_complainant_from_the_respondent_and_renders_script_inert()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-PAGE-HIDE-" + app.Kind, Ct, withhold: true);
        using (var accepted = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using (var forwarded = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct))
            Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);

        var complainantUscc = (await ComplaintFixtures.GetAsync(actors.Enterprise, id, Ct)).GetProperty("complainant").GetProperty("uscc").GetString()!;
        using var respondent = await PageClient.SignedInAsync(app, SeededAccounts.Respondent);
        var seen = await respondent.GetStringAsync($"/complaints/{id}", Ct);
        Assert.Contains("data-testid=\"complainant-withheld\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain(complainantUscc, seen, StringComparison.Ordinal);
        Assert.DoesNotContain("王", Regex.Match(seen, "data-testid=\"case-complainant\".*?</section>", RegexOptions.Singleline).Value, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"respond-form\"", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"evidence-link\"", seen, StringComparison.Ordinal);

        // The description carries <script>: Blazor encodes it, so it is text, never markup.
        Assert.Contains("&lt;script&gt;alert(", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", seen, StringComparison.Ordinal);

        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var official = await county.GetStringAsync($"/complaints/{id}", Ct);
        Assert.Contains(complainantUscc, official, StringComparison.Ordinal);
        Assert.Contains("王*", official, StringComparison.Ordinal); // masked until "show contact"
        Assert.DoesNotContain("13812345678", official, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"step-form\"", official, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"review-form\"", official, StringComparison.Ordinal); // only AllowedActions

        var shown = await CasePages.PostAsync(county, $"/complaints/{id}", "case-contact", []);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Contains("13812345678", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_outside_the_callers_scope_is_the_not_found_page()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(api, "HT-PAGE-404-" + app.Kind, Ct);

        foreach (var email in new[] { SeededAccounts.OfficialXihu, SeededAccounts.Respondent })
        {
            using var client = await PageClient.SignedInAsync(app, email);
            using var response = await client.GetAsync($"/complaints/{id}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            // The host's not-found page in the layout (whose header names the signed-in respondent itself).
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
            Assert.Contains("data-testid=\"not-found\"", main, StringComparison.Ordinal);
            Assert.Contains("未找到", main, StringComparison.Ordinal);
            Assert.DoesNotContain("HT-PAGE-404", html, StringComparison.Ordinal);
            Assert.DoesNotContain("浙江华东重工", main, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Filing_form_shows_field_errors_then_saves_uploads_and_submits()
    {
        using var client = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var fields = new Dictionary<string, string>
        {
            ["contactName"] = "李雷", ["contactPhone"] = "12345", ["respondent.name"] = "浙江华东重工集团有限公司",
            ["respondent.uscc"] = "91330106MA2HDXG7JB", ["respondent.type"] = "LargeEnterprise", ["respondent.region"] = "330106",
            ["contracts[1].number"] = "HT-PAGE-FORM-" + app.Kind, ["contracts[1].signedOn"] = "2025-03-01", ["contracts[1].amountYuan"] = "abc",
            ["amountOwedYuan"] = "100000", ["priorProceedings"] = "None", ["description"] = "货款逾期未付，多次催告无果，请求督促支付。",
            ["withholdIdentity"] = "true",
        };
        var bad = await CasePages.PostAsync(client, "/complaints/new", "complaint-draft", fields);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains($"id=\"{FieldIds.Error("contracts[1].amountYuan")}\"", bad.Html, StringComparison.Ordinal); // the row it was typed in
        Assert.Contains("value=\"李雷\"", bad.Html, StringComparison.Ordinal); // what was typed stays

        fields["contracts[1].amountYuan"] = "200000";
        var phone = await CasePages.PostAsync(client, "/complaints/new", "complaint-draft", fields);
        Assert.Equal(HttpStatusCode.BadRequest, phone.Status);
        Assert.Matches($"id=\"{FieldIds.Error("contactPhone")}\"><li>电话应为11位手机号", phone.Html);

        fields["contactPhone"] = "13900001111";
        var saved = await CasePages.PostAsync(client, "/complaints/new", "complaint-draft", fields);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        var edit = saved.Path;
        Assert.Matches("^/complaints/[0-9]+/edit$", edit);
        Assert.Contains("data-testid=\"draft-saved\"", saved.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"HT-PAGE-FORM-", saved.Html, StringComparison.Ordinal); // compacted into the first row

        var early = await CasePages.PostAsync(client, edit, "complaint-submit", new() { ["expectedVersion"] = CasePages.VersionOf(saved.Html) });
        Assert.Equal(HttpStatusCode.BadRequest, early.Status); // as the API answers an incomplete submission
        Assert.Contains("data-testid=\"error-evidence\"", early.Html, StringComparison.Ordinal);

        using (var form = new MultipartFormDataContent())
        {
            form.Add(new StringContent("complaint-evidence"), "_handler");
            form.Add(new StringContent(await PageClient.AntiforgeryTokenAsync(client, edit)), "__RequestVerificationToken");
            form.Add(new ByteArrayContent(ComplaintFixtures.Pdf), "file", "合同.pdf");
            using var uploaded = await client.PostAsync(edit, form, Ct);
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            Assert.Contains("合同.pdf", await uploaded.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var page = await client.GetStringAsync(edit, Ct);
        var submitted = await CasePages.PostAsync(client, edit, "complaint-submit", new() { ["expectedVersion"] = CasePages.VersionOf(page) });
        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Matches("^/complaints/[0-9]+$", submitted.Path);
        Assert.Contains("data-status=\"Submitted\"", submitted.Html, StringComparison.Ordinal);
        Assert.Contains(">TS2025", submitted.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_form_answers_409_with_the_clear_message_and_changes_nothing()
    {
        using var api = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = await ComplaintFixtures.FileAsync(api, "HT-PAGE-409-" + app.Kind, Ct);
        using var province = await PageClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        var html = await province.GetStringAsync($"/complaints/{id}", Ct);
        var seen = CasePages.VersionOf(html);
        Assert.Contains("2025-10-16", html, StringComparison.Ordinal); // review deadline across National Day

        var first = await CasePages.PostAsync(province, $"/complaints/{id}", "case-review", new() { ["expectedVersion"] = seen, ["decision"] = "accept" });
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("data-status=\"Accepted\"", first.Html, StringComparison.Ordinal);

        var second = await CasePages.PostAsync(province, $"/complaints/{id}", "case-review", new() { ["expectedVersion"] = seen, ["decision"] = "return", ["note"] = "补充发票" });
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("案件已被他人更新", second.Html, StringComparison.Ordinal);
        Assert.Equal("Accepted", (await ComplaintFixtures.GetAsync(api, id, Ct)).GetProperty("status").GetString());

        var noGround = await CasePages.PostAsync(province, $"/complaints/{id}", "case-forward", new() { ["expectedVersion"] = "999" });
        Assert.Equal(HttpStatusCode.Conflict, noGround.Status);
    }

    [Fact]
    public async Task Routing_rules_page_shows_the_rules_and_refuses_a_set_without_a_catch_all()
    {
        using var admin = await PageClient.SignedInAsync(app, SeededAccounts.Admin);
        var html = await admin.GetStringAsync("/admin/complaint-routing", Ct);
        Assert.Contains("data-testid=\"routing-rules\"", html, StringComparison.Ordinal);
        Assert.Contains("routing-2025", html, StringComparison.Ordinal);

        var bad = await CasePages.PostAsync(admin, "/admin/complaint-routing", "routing-rules", new()
        {
            ["rules"] = """{"id":"bad","effectiveFrom":"2025-06-01","source":"t","rules":[{"id":"a","central":true,"level":"National","departmentZh":"部","departmentEn":"M"}]}""",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("兜底", bad.Html, StringComparison.Ordinal);

        using var county = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var readOnly = await county.GetStringAsync("/admin/complaint-routing", Ct);
        Assert.DoesNotContain("data-testid=\"routing-form\"", readOnly, StringComparison.Ordinal);
    }

    private async Task<string> ListAsync(string email)
    {
        using var client = await PageClient.SignedInAsync(app, email);
        return await client.GetStringAsync("/complaints", Ct);
    }



}

public sealed class SqliteComplaintPagesTests(SqliteComplaintApp app) : ComplaintPagesTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintPagesTests(PostgresComplaintApp app) : ComplaintPagesTests(app), IClassFixture<PostgresComplaintApp>;
