using System.Net;
using System.Net.Http.Json;
using System.Text;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Arrears;

/// <summary>The calculators through the real host: routing, JSON binding, problem details and the work calendar.</summary>
public sealed class ArrearsApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Interest_WithoutAgreedRate_IsFiveTenThousandthsPerDay()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/arrears/interest-calculations",
            new { principalYuan = 1_000_000m, dueDate = "2025-03-31", paidDate = "2025-04-30" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(30, body.GetProperty("overdueDays").GetInt32());
        Assert.Equal(15_000.00m, body.GetProperty("interestYuan").GetDecimal());
    }

    [Fact]
    public async Task DueDate_ThirtyDaysEndingOnNationalDay_MovesToTheNextWorkingDay()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/arrears/payment-due-dates",
            new { respondentType = "organ", termStartsFrom = "delivery", startDate = "2025-09-01" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("2025-10-01", body.GetProperty("lastCalendarDay").GetString());
        Assert.Equal("2025-10-09", body.GetProperty("dueDate").GetString()); // 10-01..10-08 are the holiday block
        Assert.True(body.GetProperty("movedOffRestDay").GetBoolean());
    }

    [Theory]
    [InlineData("{\"principalYuan\": 1000, \"dueDate\": \"2025-03-31\"", "malformed")]
    [InlineData("{\"principalYuan\": \"lots\", \"dueDate\": \"2025-03-31\", \"paidDate\": \"2025-04-30\"}", "wrong type")]
    [InlineData("{\"principalYuan\": -5, \"dueDate\": \"2025-03-31\", \"paidDate\": \"2025-04-30\"}", "negative")]
    [InlineData("{\"principalYuan\": 1e15, \"dueDate\": \"2025-03-31\", \"paidDate\": \"2025-04-30\"}", "absurd")]
    [InlineData("{\"principalYuan\": 1000, \"dueDate\": \"2025-02-30\", \"paidDate\": \"2025-04-30\"}", "no such date")]
    [InlineData("{\"principalYuan\": 1000, \"dueDate\": \"2025-03-31\", \"paidDate\": \"2025-04-30\", \"agreedAnnualRate\": 0.05}", "rate without signing date")]
    public async Task Interest_BadInput_Is400ProblemDetails(string json, string because)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/arrears/interest-calculations", content, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{because}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
