using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// Every forbidden access tried through the API: another enterprise, an official outside the case's region or level,
/// a respondent before the case reaches it or against another respondent, and the complainant's identity when withheld
/// (第二十条). Invisible cases answer 404 (their existence is not confirmed); visible cases with a forbidden command, 403.
/// </summary>
public abstract class ComplaintAccessTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnotherEnterprise_CannotListReadChangeUploadOrDownload_TheCase()
    {
        await ExtraAccounts.EnsureAsync(app);
        using var owner = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var other = await ApiClient.SignedInAsync(app, ExtraAccounts.OtherEnterprise);
        var id = await ComplaintFixtures.FileAsync(owner, "HT-ACC-ENT-" + app.Kind, Ct);
        var evidenceId = (await ComplaintFixtures.GetAsync(owner, id, Ct)).GetProperty("evidence")[0].GetProperty("id").GetInt64();

        Assert.DoesNotContain(await ListIdsAsync(other), x => x == id);
        foreach (var path in new[] { $"/api/v1/complaints/{id}", $"/api/v1/complaints/{id}/contact", $"/api/v1/complaints/{id}/evidence/{evidenceId}" })
        {
            using var read = await other.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.DoesNotContain("王芳", await read.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using (var edit = await other.PutAsJsonAsync($"/api/v1/complaints/{id}", ComplaintFixtures.Draft("HT-HIJACK"), Ct))
            Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        using (var upload = await ComplaintFixtures.UploadAsync(other, id, ComplaintFixtures.Pdf, "x.pdf", "application/pdf", Ct))
            Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        using (var confirm = await other.PostAsJsonAsync($"/api/v1/complaints/{id}/confirmation", new { confirm = true }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);

        // An enterprise cannot act as an official on its own case either.
        using (var selfAccept = await owner.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, selfAccept.StatusCode);
        Assert.Equal("Submitted", (await ComplaintFixtures.GetAsync(owner, id, Ct)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Officials_SeeOnlyTheirRegionAndLevel_CountyOnlyAfterForwarding()
    {
        await ExtraAccounts.EnsureAsync(app);
        using var actors = await ComplaintActors.SignInAsync(app);
        using var jiangsu = await ApiClient.SignedInAsync(app, ExtraAccounts.OfficialJiangsu);
        using var shangcheng = await ApiClient.SignedInAsync(app, ExtraAccounts.OfficialShangcheng);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ACC-OFF-" + app.Kind, Ct);
        var draftId = await ComplaintFixtures.CreateDraftAsync(actors.Enterprise, ComplaintFixtures.Draft("HT-ACC-DRAFT-" + app.Kind), Ct);

        // Before forwarding only the accepting (provincial) department and the levels above see it; nobody sees drafts.
        Assert.Contains(id, await ListIdsAsync(actors.Province));
        Assert.Contains(id, await ListIdsAsync(actors.National));
        Assert.DoesNotContain(id, await ListIdsAsync(actors.County));
        Assert.DoesNotContain(id, await ListIdsAsync(jiangsu));
        foreach (var official in new[] { actors.Province, actors.National, actors.County })
        {
            using var draft = await official.GetAsync($"/api/v1/complaints/{draftId}", Ct);
            Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        }
        using (var r = await jiangsu.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        // Handling steps belong to the handling department: not before forwarding, not the accepting province's to record.
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/steps", new { kind = "ContactWithRespondent", note = "电话联系" }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        Assert.Contains(id, await ListIdsAsync(actors.County));
        Assert.DoesNotContain(id, await ListIdsAsync(shangcheng)); // a neighbouring county in the same city
        using (var r = await shangcheng.GetAsync($"/api/v1/complaints/{id}", Ct)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await jiangsu.GetAsync($"/api/v1/complaints/{id}", Ct)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        // The county handles but does not review: acceptance stays a provincial decision (第二十四条).
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "reject", reason = "NotProcurementDebt" }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/steps", new { kind = "ContactWithRespondent", note = "电话联系被投诉人财务部" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task Respondent_SeesOnlyForwardedCasesAgainstItself_WithoutWithheldIdentityContactOrEvidence()
    {
        await ExtraAccounts.EnsureAsync(app);
        using var actors = await ComplaintActors.SignInAsync(app);
        using var otherRespondent = await ApiClient.SignedInAsync(app, ExtraAccounts.OtherRespondent);
        var hidden = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ACC-RSP-W-" + app.Kind, Ct, withhold: true);
        var open = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ACC-RSP-O-" + app.Kind, Ct, withhold: false);

        // Not before the case reaches the handling department.
        using (var r = await actors.Respondent.GetAsync($"/api/v1/complaints/{hidden}", Ct)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.DoesNotContain(hidden, await ListIdsAsync(actors.Respondent));

        foreach (var id in new[] { hidden, open })
        {
            using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        }

        using (var list = await actors.Respondent.GetAsync("/api/v1/complaints?pageSize=100", Ct))
        {
            var body = await list.Content.ReadAsStringAsync(Ct);
            var row = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == hidden);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("complainantName").ValueKind);
            Assert.DoesNotContain("杭州西湖精密机械", row.GetRawText(), StringComparison.Ordinal);
        }

        var seenHidden = await ComplaintFixtures.GetAsync(actors.Respondent, hidden, Ct);
        Assert.Equal(JsonValueKind.Null, seenHidden.GetProperty("complainant").ValueKind);
        Assert.DoesNotContain("91330106MA27XW1K3Y", seenHidden.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("王", seenHidden.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("5678", seenHidden.GetRawText(), StringComparison.Ordinal);
        var seenOpen = await ComplaintFixtures.GetAsync(actors.Respondent, open, Ct);
        Assert.Equal("91330106MA27XW1K3Y", seenOpen.GetProperty("complainant").GetProperty("uscc").GetString());

        // The contact and the evidence are never the respondent's, even when the identity is not withheld.
        var evidenceId = (await ComplaintFixtures.GetAsync(actors.Enterprise, open, Ct)).GetProperty("evidence")[0].GetProperty("id").GetInt64();
        using (var r = await actors.Respondent.GetAsync($"/api/v1/complaints/{open}/contact", Ct)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        using (var r = await actors.Respondent.GetAsync($"/api/v1/complaints/{open}/evidence/{evidenceId}", Ct)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        // Nor may it decide anything on the case.
        using (var r = await actors.Respondent.PostAsJsonAsync($"/api/v1/complaints/{open}/result", new { outcome = "PaidInFull", feedback = "已付" }, Ct))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);

        // Another respondent sees neither.
        Assert.Empty(await ListIdsAsync(otherRespondent));
        using (var r = await otherRespondent.GetAsync($"/api/v1/complaints/{open}", Ct)) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await otherRespondent.PostAsJsonAsync($"/api/v1/complaints/{open}/respondent-answer", new { answer = "与我无关" }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [Fact]
    public async Task Contact_IsMaskedInLists_AndEachFullViewIsAudited()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-ACC-PII-" + app.Kind, Ct);

        var listed = await actors.Province.GetAsync("/api/v1/complaints?pageSize=100", Ct);
        var listBody = await listed.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("13812345678", listBody, StringComparison.Ordinal);
        Assert.DoesNotContain("王芳", listBody, StringComparison.Ordinal);
        var row = JsonDocument.Parse(listBody).RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Contains("138****5678", row.GetProperty("contactMasked").GetString(), StringComparison.Ordinal);

        var detail = await ComplaintFixtures.GetAsync(actors.Province, id, Ct);
        Assert.DoesNotContain("13812345678", detail.GetRawText(), StringComparison.Ordinal);
        var number = detail.GetProperty("number").GetString()!;
        var viewsBefore = await ContactViewsAsync(number);

        var contact = await actors.Province.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}/contact", Ct);
        Assert.Equal("王芳", contact.GetProperty("contactName").GetString());
        Assert.Equal("13812345678", contact.GetProperty("contactPhone").GetString());
        _ = await actors.Province.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}/contact", Ct);
        Assert.Equal(viewsBefore + 2, await ContactViewsAsync(number));
    }

    private async Task<int> ContactViewsAsync(string caseNumber)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == "complaint.contact.viewed" && e.Subject == caseNumber, Ct);
    }

    private static async Task<List<long>> ListIdsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/complaints?pageSize=100", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
    }
}

public sealed class SqliteComplaintAccessTests(SqliteComplaintApp app) : ComplaintAccessTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresComplaintAccessTests(PostgresComplaintApp app) : ComplaintAccessTests(app), IClassFixture<PostgresComplaintApp>;
