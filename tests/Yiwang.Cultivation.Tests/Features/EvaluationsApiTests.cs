using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Yiwang.Kernel.Web.Modules;

namespace Yiwang.Cultivation.Tests.Features;

/// <summary>The endpoint on a bare test host: the module's own mapping, JSON binding and problem details.</summary>
public sealed class EvaluationsApiTests : IAsyncLifetime
{
    private WebApplication? app;
    private HttpClient? client;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 5, 10, 2, 0, 0, TimeSpan.Zero)));
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("submit", w => { w.PermitLimit = 1000; w.Window = TimeSpan.FromMinutes(1); }));
        builder.Services.AddProblemDetails();
        var module = new CultivationModule();
        module.Register(builder.Services, new ModuleSettings(Kernel.Persistence.DatabaseSettings.From(null, null), builder.Configuration));
        app = builder.Build();
        app.UseRateLimiter();
        module.MapEndpoints(app);
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null) await app.DisposeAsync();
    }

    [Fact]
    public async Task Evaluation_date_defaults_to_today_and_picks_the_2026_rules()
    {
        using var response = await client!.PostAsJsonAsync("/api/v1/cultivation/evaluations", new
        {
            tier = "specialized",
            facts = new { yearsInNicheMarket = 4, revenueLastYearTenThousandYuan = 2000, rdExpenseLastYearTenThousandYuan = 80, rdInstitutionLevel = "Provincial" },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.Equal("miit-2026-2", root.GetProperty("ruleSetId").GetString());
        Assert.Equal("evaluationDate", root.GetProperty("ruleSetChosenBy").GetString());
        Assert.Equal("2026-05-10", root.GetProperty("evaluationDate").GetString());
        Assert.False(root.GetProperty("eligible").GetBoolean());
        Assert.Equal("NotMet", root.GetProperty("basicConditions")[4].GetProperty("outcome").GetString());
        Assert.NotEmpty(root.GetProperty("gaps").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("verdict").GetProperty("en").GetString()));
    }

    [Fact]
    public async Task An_explicit_rule_set_and_date_give_the_2022_score()
    {
        using var response = await client!.PostAsJsonAsync("/api/v1/cultivation/evaluations", new
        {
            ruleSet = "miit-2022-63", tier = "specialized", evaluationDate = "2025-06-30",
            facts = new { yearsInNicheMarket = 4, digitalLevel = 3, mainProductField = "KeyChainLinkResults" },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var score = json.RootElement.GetProperty("score");
        Assert.Equal(60, score.GetProperty("passMark").GetDecimal());
        Assert.Equal(13, score.GetProperty("indicators").GetArrayLength());
        Assert.Equal(12, score.GetProperty("total").GetDecimal()); // 2 (years) + 5 (digital) + 5 (field)
    }

    [Fact]
    public async Task A_missing_fact_earns_no_points_and_leaves_the_tier_undetermined_in_the_same_answer_shape()
    {
        // 创新型 I5 "其他领域 5": before the rules engine a missing field fact took those 5 points.
        using var response = await client!.PostAsJsonAsync("/api/v1/cultivation/evaluations", new
        {
            ruleSet = "miit-2022-63", tier = "innovative", evaluationDate = "2025-06-30",
            facts = new { selfDevelopedClassIIpCount = 1, classIIpCount = 1, rdExpenseLastYearTenThousandYuan = 25, revenueLastYearTenThousandYuan = 1000,
                mainBusinessRevenueLastYearTenThousandYuan = 550, mainBusinessRevenuePreviousYearTenThousandYuan = 480, debtToAssetRatioPercent = 50 },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = json.RootElement;
        string[] fields = ["ruleSetId", "ruleSetName", "document", "ruleSetChosenBy", "evaluationDate", "tier", "tierName", "annex", "eligible", "verdict",
            "basicConditions", "score", "directConditions", "appliedDirectCondition", "gaps", "missingFacts", "notes"];
        Assert.All(fields, f => Assert.True(root.TryGetProperty(f, out _), f));
        var i5 = root.GetProperty("score").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "I5");
        Assert.Equal(0, i5.GetProperty("points").GetDecimal());
        Assert.True(i5.GetProperty("missingData").GetBoolean());
        Assert.Equal("mainProductInStrategicEmergingIndustry", i5.GetProperty("metric").GetString());
        // 15 + 10 + 15 + 10 + 0 + 10: 专业化 10 is under its minimum of 15, which the free 5 points used to reach (old: 65, eligible).
        Assert.Equal(60, root.GetProperty("score").GetProperty("total").GetDecimal());
        Assert.Equal("MissingData", root.GetProperty("score").GetProperty("outcome").GetString());
        Assert.False(root.GetProperty("eligible").GetBoolean());
        Assert.Equal("MissingData", root.GetProperty("outcome").GetString());
        Assert.Contains("mainProductInStrategicEmergingIndustry", root.GetProperty("missingFacts").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_field_messages()
    {
        using var response = await client!.PostAsJsonAsync("/api/v1/cultivation/evaluations", new
        {
            ruleSet = "nope", tier = "",
            facts = new { digitalLevel = 7, employees = 10, rdStaff = 20 },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("ruleSet", out _));
        Assert.True(errors.TryGetProperty("facts.digitalLevel", out _));
        Assert.True(errors.TryGetProperty("facts.rdStaff", out _));
    }

    [Fact]
    public async Task A_date_before_the_first_rule_set_is_refused()
    {
        using var response = await client!.PostAsJsonAsync("/api/v1/cultivation/evaluations", new
        {
            tier = "specialized", evaluationDate = "2021-01-01", facts = new { },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("evaluationDate", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
