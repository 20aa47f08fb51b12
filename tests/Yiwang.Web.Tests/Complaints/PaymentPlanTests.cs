using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Complaints;

/// <summary>
/// A payment plan is tracked to completion: an instalment whose agreed day has passed unpaid is flagged on the case
/// (API and page, in Chinese and English), reported once by the sweep, and recording the payment clears the flag. Own fixture: it moves the clock.
/// </summary>
public abstract class PaymentPlanTests(ComplaintClockApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unpaid_instalment_past_its_day_is_flagged_until_its_payment_is_recorded()
    {
        using var actors = await ComplaintActors.SignInAsync(app);
        var id = await ComplaintFixtures.FileAsync(actors.Enterprise, "HT-PLAN-" + app.Kind, Ct);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/acceptance", new { decision = "accept" }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.Province.PostAsJsonAsync($"/api/v1/complaints/{id}/forwarding", new { }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/result", new
               {
                   outcome = "PaymentPlan", feedback = "双方同意分两期支付",
                   installments = new[] { new { dueOn = "2025-10-31", amountYuan = 200000m }, new { dueOn = "2025-11-28", amountYuan = 180000m } },
               }, Ct))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(new[] { false, false }, Overdue(await ComplaintFixtures.GetAsync(actors.County, id, Ct)));

        // 2025-11-03: the first instalment (10-31) is past its day and unpaid; the second is not due yet.
        app.MoveTo(new DateOnly(2025, 11, 3));
        await actors.RefreshAsync();
        Assert.Equal(new[] { true, false }, Overdue(await ComplaintFixtures.GetAsync(actors.County, id, Ct)));

        // The sweep reports it once: logged on the case, told to the handling county and the complainant.
        Assert.True((await SweepAsync(actors.Admin)).GetProperty("installmentsOverdue").GetInt32() >= 1); // demo-seed plans lapse too
        Assert.Equal(0, (await SweepAsync(actors.Admin)).GetProperty("installmentsOverdue").GetInt32());
        var logged = await ComplaintFixtures.GetAsync(actors.County, id, Ct);
        var reported = logged.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "plan.overdue").ToList();
        Assert.StartsWith("#1 2025-10-31", Assert.Single(reported).GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("complaint.plan-overdue", await InboxKindsAsync(actors.County));
        Assert.Contains("complaint.plan-overdue", await InboxKindsAsync(actors.Enterprise));
        Assert.DoesNotContain("complaint.plan-overdue", await InboxKindsAsync(actors.Respondent));

        using (var page = await PageClient.SignedInAsync(app, SeededAccounts.Enterprise))
        {
            var zh = await page.GetStringAsync($"/complaints/{id}", Ct);
            Assert.Contains("还款计划", zh, StringComparison.Ordinal);
            Assert.Single(BadgesIn(zh));
            Assert.Contains("逾期未付", zh, StringComparison.Ordinal);

            // The same page in English: headings, the badge and the deadline table speak English.
            using (var switched = await page.GetAsync($"/culture/en?returnUrl=/complaints/{id}", Ct))
                Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
            var en = await page.GetStringAsync($"/complaints/{id}", Ct);
            Assert.Contains("<html lang=\"en", en, StringComparison.Ordinal);
            Assert.Contains("Payment plan", en, StringComparison.Ordinal);
            Assert.Contains("Statutory deadlines", en, StringComparison.Ordinal);
            Assert.Contains(">Overdue<", en, StringComparison.Ordinal);
            Assert.DoesNotContain("还款计划", en, StringComparison.Ordinal);
            Assert.DoesNotContain("法定期限", en, StringComparison.Ordinal);
        }

        // A partial payment keeps the flag; the rest of the amount clears it.
        using (var part = await actors.County.PostAsJsonAsync($"/api/v1/complaints/{id}/plan-payments", new { sequence = 1, paidOn = "2025-11-03", amountYuan = 150000m }, Ct))
            Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.Equal(new[] { true, false }, Overdue(await ComplaintFixtures.GetAsync(actors.County, id, Ct)));
        using (var rest = await actors.Enterprise.PostAsJsonAsync($"/api/v1/complaints/{id}/plan-payments", new { sequence = 1, paidOn = "2025-11-03", amountYuan = 50000m }, Ct))
            Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        var paid = await ComplaintFixtures.GetAsync(actors.County, id, Ct);
        Assert.Equal(new[] { false, false }, Overdue(paid));
        Assert.Equal(200000m, paid.GetProperty("installments")[0].GetProperty("paidYuan").GetDecimal());
    }

    private static async Task<JsonElement> SweepAsync(HttpClient admin)
    {
        using var response = await admin.PostAsync("/api/v1/admin/complaint-deadlines/sweep", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<List<string?>> InboxKindsAsync(HttpClient client)
    {
        var inbox = await client.GetFromJsonAsync<JsonElement>("/api/v1/inbox?take=100", Ct);
        return [.. inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString())];
    }

    private static bool[] Overdue(JsonElement detail) =>
        [.. detail.GetProperty("installments").EnumerateArray().Select(i => i.GetProperty("overdue").GetBoolean())];

    private static string[] BadgesIn(string html) =>
        [.. html.Split("data-testid=\"installment-overdue\"").Skip(1)];
}

public sealed class SqlitePaymentPlanTests(SqliteComplaintApp app) : PaymentPlanTests(app), IClassFixture<SqliteComplaintApp>;

public sealed class PostgresPaymentPlanTests(PostgresComplaintApp app) : PaymentPlanTests(app), IClassFixture<PostgresComplaintApp>;
