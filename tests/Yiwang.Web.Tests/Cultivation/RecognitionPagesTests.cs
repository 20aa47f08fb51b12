using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Testing;
using Yiwang.Web.Platform.Data;
using Yiwang.Web.Platform.Notifications;
using static Yiwang.Web.Tests.Cultivation.CultivationApi;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>
/// The enterprise's side of the workflow on the application page, as a browser posts it: correcting a returned application,
/// and the annual data update with its reminders (inbox notices) on a moving clock.
/// </summary>
public abstract class RecognitionPagesTests(CultivationClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Returned_application_is_corrected_and_resubmitted_from_its_page()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = (await (await ApplyAsync(enterprise, "innovative")).JsonAsync()).GetProperty("id").GetInt64();
        using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        (await DecideAsync(xihu, id, "local-review", "return", "请核对研发人员数")).EnsureSuccessStatusCode();
        Assert.Contains(SeededAccounts.Enterprise, await InboxOwnersAsync("cultivation.returned", id));

        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var path = $"/cultivation/applications/{id}";
        var html = await page.GetStringAsync(path, Ct);
        Assert.Contains("data-testid=\"resubmit-form\"", html, StringComparison.Ordinal);
        Assert.Contains("请核对研发人员数", html, StringComparison.Ordinal);
        Assert.Matches("name=\"f.rdStaff\"[^>]*value=\"30\"", html); // pre-filled with what was filed

        var bad = FactsForm(await PageClient.AntiforgeryTokenAsync(page, path), ("f.rdStaff", "三十"));
        using (var rejected = await page.PostAsync(path, new FormUrlEncodedContent(bad), Ct))
        {
            var body = WebUtility.HtmlDecode(await rejected.Content.ReadAsStringAsync(Ct));
            Assert.Contains("data-testid=\"decision-error\"", body, StringComparison.Ordinal);
            Assert.Contains("研发人员数：请填写整数", body, StringComparison.Ordinal); // the bad field named in words, beside it
            Assert.Matches("name=\"f.rdStaff\"[^>]*value=\"三十\"", body); // and what was typed kept
        }
        Assert.Equal("returned", Status(await (await enterprise.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync()));

        var good = FactsForm(await PageClient.AntiforgeryTokenAsync(page, path), ("f.rdStaff", "36"));
        using var resubmitted = await page.PostAsync(path, new FormUrlEncodedContent(good), Ct);
        Assert.Equal(HttpStatusCode.OK, resubmitted.StatusCode);
        var after = await resubmitted.Content.ReadAsStringAsync(Ct);
        Assert.Contains("待县（市）初审", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"resubmit-form\"", after, StringComparison.Ordinal);

        var api = await (await enterprise.GetAsync($"/api/v1/cultivation/applications/{id}", Ct)).JsonAsync();
        Assert.Equal("submitted", Status(api));
        Assert.Equal("resubmitted", api.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Contains(SeededAccounts.OfficialXihu, await InboxOwnersAsync("cultivation.resubmitted", id));
        Assert.Equal(36, await StoredRdStaffAsync(id));
    }

    [Fact]
    public async Task Annual_update_is_reminded_in_the_inbox_and_filed_from_the_page()
    {
        long id;
        using (var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise))
        {
            var applied = await (await ApplyAsync(enterprise, "specialized")).JsonAsync();
            var newId = applied.GetProperty("id").GetInt64();
            using var xihu = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
            using var zhejiang = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
            (await DecideAsync(xihu, newId, "local-review", "recommend")).EnsureSuccessStatusCode();
            (await DecideAsync(zhejiang, newId, "provincial-decision", "approve")).EnsureSuccessStatusCode();
            Assert.Contains(SeededAccounts.OfficialZhejiang, await InboxOwnersAsync("cultivation.recommended", newId));
            Assert.Contains(SeededAccounts.Enterprise, await InboxOwnersAsync("cultivation.recognised", newId));
            id = newId;
        }

        // Recognised this year: nothing is due until the first full calendar year, so no reminder yet.
        await RunRemindersAsync();
        Assert.Empty(await InboxOwnersAsync("cultivation.annualReminder", id));

        app.MoveTo(new DateOnly(2027, 5, 2));
        var report = await RunRemindersAsync();
        Assert.Equal("2027-05-31", report.GetProperty("deadline").GetString());
        Assert.True(report.GetProperty("reminded").GetInt32() >= 1);
        Assert.Equal([SeededAccounts.Enterprise], await InboxOwnersAsync("cultivation.annualReminder", id));
        await RunRemindersAsync(); // once a year: a second run sends nothing new
        Assert.Single(await InboxOwnersAsync("cultivation.annualReminder", id));

        using var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var path = $"/cultivation/applications/{id}";
        var html = await page.GetStringAsync(path, Ct);
        Assert.Contains("data-testid=\"annual-reminder\"", html, StringComparison.Ordinal);
        Assert.Contains("2027-05-31", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"annual-form\"", html, StringComparison.Ordinal);

        var form = FactsForm(await PageClient.AntiforgeryTokenAsync(page, path), ("f.revenueLastYearTenThousandYuan", "5600"));
        using var filed = await page.PostAsync(path, new FormUrlEncodedContent(form), Ct);
        var after = await filed.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"annual-last\"", after, StringComparison.Ordinal);
        Assert.Contains("2027-05-02", after, StringComparison.Ordinal);
        Assert.Contains("仍符合认定条件", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"annual-reminder\"", after, StringComparison.Ordinal);

        app.MoveTo(new DateOnly(2027, 6, 2));
        await RunRemindersAsync();
        Assert.Empty(await InboxOwnersAsync("cultivation.annualOverdue", id)); // filed in time: no overdue notice
    }

    [Fact]
    public async Task Officials_and_other_enterprises_get_no_enterprise_forms()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        var id = (await (await ApplyAsync(enterprise, "littleGiant")).JsonAsync()).GetProperty("id").GetInt64();
        using var xihuApi = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        (await DecideAsync(xihuApi, id, "local-review", "return", "补充材料")).EnsureSuccessStatusCode();

        using var xihu = await PageClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        var html = await xihu.GetStringAsync($"/cultivation/applications/{id}", Ct);
        Assert.Contains("补充材料", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"resubmit-form\"", html, StringComparison.Ordinal);

        using var reminders = await xihuApi.PostAsync("/api/v1/cultivation/admin/annual-update-reminders", null, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, reminders.StatusCode);
    }

    private async Task<System.Text.Json.JsonElement> RunRemindersAsync()
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin); // signed in again: the clock may have moved past the token
        using var response = await admin.PostAsync("/api/v1/cultivation/admin/annual-update-reminders", null, Ct);
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    /// <summary>The facts form as the page posts it: the strong facts, with some fields changed.</summary>
    private static Dictionary<string, string> FactsForm(string token, params (string Name, string Value)[] changes)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["_handler"] = "application-facts", ["__RequestVerificationToken"] = token };
        foreach (var p in StrongFacts.GetType().GetProperties())
        {
            var value = p.GetValue(StrongFacts);
            form["f." + p.Name] = value is bool b ? (b ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        foreach (var (name, value) in changes) form[name] = value;
        return form;
    }

    private async Task<List<string>> InboxOwnersAsync(string kind, long id)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var reference = $"application/{id}";
        return await (from e in db.Set<InboxEntry>()
                      join u in db.Users on e.UserId equals u.Id
                      where e.Reference == reference && e.Kind == kind
                      select u.Email!).ToListAsync(Ct);
    }

    private async Task<int> StoredRdStaffAsync(long id)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Yiwang.Reviews.Data.ReviewsDbContext>();
        var json = await db.Filings.Where(a => a.Id == id).Select(a => a.FactsJson).SingleAsync(Ct);
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("RdStaff").GetInt32();
    }
}

public sealed class SqliteRecognitionPagesTests(SqliteCultivationClockApp app) : RecognitionPagesTests(app), IClassFixture<SqliteCultivationClockApp>;

public sealed class PostgresRecognitionPagesTests(PostgresCultivationClockApp app) : RecognitionPagesTests(app), IClassFixture<PostgresCultivationClockApp>;
