using System.Net.Http.Json;
using System.Text.Json;
using Yiwang.Testing;

namespace Yiwang.Web.Tests.Cultivation;

/// <summary>Shared facts and calls for the cultivation API tests.</summary>
internal static class CultivationApi
{
    public const string DemoEnterpriseUscc = "91330106MA27XW1K3Y";
    /// <summary>The seeded enterprises' USCC without the check character (the seed computes it).</summary>
    public const string SeededRecognisedUscc = "91330106MA2CULT01";
    public const string SeededPendingUscc = "91330106MA2CULT02";
    public const string OfficialNational = "official.national@yiwang.local";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Meets every 2026 专精特新 condition (the same figures as the unit tests' Eval.Strong).</summary>
    public static readonly object StrongFacts = new
    {
        yearsInNicheMarket = 6, revenueLastYearTenThousandYuan = 5000, revenuePreviousYearTenThousandYuan = 4500,
        mainBusinessRevenueLastYearTenThousandYuan = 4500, mainBusinessRevenuePreviousYearTenThousandYuan = 4000,
        mainBusinessRevenueThreeYearsAgoTenThousandYuan = 3600, rdExpenseLastYearTenThousandYuan = 300, rdExpensePreviousYearTenThousandYuan = 250,
        netProfitLastYearTenThousandYuan = 400, debtToAssetRatioPercent = 45, employees = 200, rdStaff = 30, highValueClassIIpCount = 0,
        selfDevelopedClassIIpCount = 2, classIIpCount = 3, classIIIpCount = 10, classIIpInUseCount = 2, digitalLevel = 3,
        hasQualityManagementCertification = true, hasOwnBrand = true, mainProductField = "SixFoundationsOrTimeHonouredOrChainLeaderSupplier",
        mainProductInStrategicEmergingIndustry = true, rdInstitutionLevel = "City", localFeaturePoints = 8, holdsInnovativeSmeTitle = true,
        mainProductMarketShareLeading = true, developmentEvaluationScore = 62,
    };

    public static async Task<HttpResponseMessage> ApplyAsync(HttpClient client, string tier, object? facts = null) =>
        await client.PostAsJsonAsync("/api/v1/cultivation/applications", new { tier, ruleSet = "miit-2026-2", facts = facts ?? StrongFacts }, Ct);

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, long id, string step, string decision, string? reason = null) =>
        await client.PostAsJsonAsync($"/api/v1/cultivation/applications/{id}/{step}", new { decision, reason }, Ct);

    public static async Task<long> SeededIdAsync(YiwangApp app, string uscc)
    {
        using var admin = await ApiClient.SignedInAsync(app, SeededAccounts.Admin);
        var list = await (await admin.GetAsync("/api/v1/cultivation/applications?pageSize=200", Ct)).JsonAsync();
        return list.GetProperty("items").EnumerateArray().First(a => a.GetProperty("uscc").GetString()!.StartsWith(uscc, StringComparison.Ordinal)).GetProperty("id").GetInt64();
    }

    public static string Status(JsonElement application) => application.GetProperty("status").GetString()!;
}
