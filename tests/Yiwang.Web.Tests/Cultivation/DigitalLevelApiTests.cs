using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>The digital-level questionnaire through the API: scoring, saving for the enterprise only, problem details.</summary>
public abstract class DigitalLevelApiTests(YiwangApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<object> FullAnswersAsync(int scenarioLevel) => DigitalLevelAnswers.FullAsync(app, scenarioLevel, Ct);

    [Fact]
    public async Task Enterprise_SavesAnAssessment_FullMarksWithLevelThreeScenarios_IsLevelThree()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise);
        using var response = await enterprise.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments", await FullAnswersAsync(3), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.JsonAsync();
        var result = saved.GetProperty("result");
        Assert.Equal(100m, result.GetProperty("total").GetDecimal());
        Assert.Equal(3, result.GetProperty("level").GetInt32());
        Assert.Equal("unconfirmed", result.GetProperty("levelRuleConfidence").GetString());
        var id = saved.GetProperty("id").GetInt64();

        var own = await (await enterprise.GetAsync("/api/v1/cultivation/digital-level/assessments", Ct)).JsonAsync();
        Assert.Contains(own.EnumerateArray(), a => a.GetProperty("id").GetInt64() == id);
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialZhejiang);
        using var notTheirs = await official.GetAsync($"/api/v1/cultivation/digital-level/assessments/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }

    [Fact]
    public async Task IncompleteAnswers_Are400WithFieldErrors_InEnglish()
    {
        using var enterprise = await ApiClient.SignedInAsync(app, SeededAccounts.Enterprise, "en");
        using var response = await enterprise.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments",
            new { choices = new Dictionary<string, string[]> { ["deviceDigital"] = ["p10", "p20"], ["nope"] = ["x"] } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("one option", errors.GetProperty("choices.deviceDigital")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("choices.nope", out _));
        Assert.True(errors.TryGetProperty("scenarios.finance", out _));
    }

    [Fact]
    public async Task Official_CannotSaveAnAssessment_ButAnyoneMayScore()
    {
        var answers = await FullAnswersAsync(1);
        using var official = await ApiClient.SignedInAsync(app, SeededAccounts.OfficialXihu);
        using var saved = await official.PostAsJsonAsync("/api/v1/cultivation/digital-level/assessments", answers, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);

        using var anonymous = app.CreateClient();
        using var scored = await anonymous.PostAsJsonAsync("/api/v1/cultivation/digital-level/scores", answers, Ct);
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal(1, (await scored.JsonAsync()).GetProperty("level").GetInt32());
    }
}

public sealed class SqliteDigitalLevelApiTests(SqliteApp app) : DigitalLevelApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDigitalLevelApiTests(PostgresApp app) : DigitalLevelApiTests(app), IClassFixture<PostgresApp>;
