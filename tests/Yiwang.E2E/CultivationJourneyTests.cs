using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>
/// Issue 4 "done when": the enterprise completes the digital-level questionnaire, self-assesses and applies under the
/// 2026 rules, 西湖区 recommends, 浙江省 recognises, and the enterprise is on the published list.
/// </summary>
public sealed partial class CultivationJourneyTests(YiwangSite site) : BrowserTest(site)
{
    private const string DemoEnterpriseUscc = "91330106MA27XW1K3Y";

    /// <summary>Figures that meet every 2026 专精特新 condition (as in the unit tests' Eval.Strong).</summary>
    private static readonly Dictionary<string, string> Facts = new()
    {
        ["yearsInNicheMarket"] = "6", ["revenueLastYearTenThousandYuan"] = "5000", ["revenuePreviousYearTenThousandYuan"] = "4500",
        ["mainBusinessRevenueLastYearTenThousandYuan"] = "4500", ["mainBusinessRevenuePreviousYearTenThousandYuan"] = "4000",
        ["mainBusinessRevenueThreeYearsAgoTenThousandYuan"] = "3600", ["rdExpenseLastYearTenThousandYuan"] = "300",
        ["rdExpensePreviousYearTenThousandYuan"] = "250", ["netProfitLastYearTenThousandYuan"] = "400", ["debtToAssetRatioPercent"] = "45",
        ["employees"] = "200", ["rdStaff"] = "30", ["selfDevelopedClassIIpCount"] = "2", ["classIIpCount"] = "3", ["classIIIpCount"] = "10",
        ["classIIpInUseCount"] = "2", ["hasQualityManagementCertification"] = "是", ["hasOwnBrand"] = "是",
        ["mainProductInStrategicEmergingIndustry"] = "是", ["rdInstitutionLevel"] = "City", ["localFeaturePoints"] = "8",
        ["holdsInnovativeSmeTitle"] = "是", ["mainProductMarketShareLeading"] = "是", ["developmentEvaluationScore"] = "62",
    };

    [Fact]
    public async Task Enterprise_CompletesDigitalLevel_Applies_XihuRecommends_ZhejiangRecognises_Published()
    {
        var enterprise = await NewPageAsync();
        await LoginAsync(enterprise, SeededAccounts.Enterprise, SeededAccounts.Password);
        await enterprise.GotoAsync("/cultivation");
        await enterprise.ClickAsync("main a[href='/cultivation/digital-level']");
        for (var step = 1; step <= 3; step++)
        {
            foreach (var question in await enterprise.Locator("fieldset[data-testid^='q-']").AllAsync())
            {
                var boxes = question.Locator("input[type=checkbox]");
                if (await boxes.CountAsync() > 0) foreach (var box in await boxes.AllAsync()) await box.CheckAsync();
                else await question.Locator("input[type=radio]").Last.CheckAsync();
            }

            await enterprise.ClickAsync("[data-testid='wizard-next']");
            await enterprise.WaitForURLAsync($"**/cultivation/digital-level?step={step + 1}");
        }

        foreach (var select in await enterprise.Locator("select[data-testid^='s-']").AllAsync()) await select.SelectOptionAsync("3");
        await enterprise.ClickAsync("[data-testid='wizard-next']");
        await Assertions.Expect(enterprise.Locator("[data-testid='wizard-preview']")).ToContainTextAsync("100");
        await enterprise.CheckAsync("[data-testid='pledge']");
        await enterprise.ClickAsync("[data-testid='wizard-submit']");
        await Assertions.Expect(enterprise.Locator("[data-testid='digital-level']")).ToContainTextAsync("三级");
        await ScreenshotAsync(enterprise, "cultivation-digital-report");

        await enterprise.GotoAsync("/cultivation/apply");
        await Assertions.Expect(enterprise.Locator("[data-testid='fact-digitalLevel']")).ToHaveValueAsync("3");
        await enterprise.SelectOptionAsync("[data-testid='apply-tier']", "specialized");
        await enterprise.SelectOptionAsync("[data-testid='apply-rule-set']", "miit-2026-2");
        foreach (var (name, value) in Facts) await enterprise.FillAsync($"[data-testid='fact-{name}']", value);
        await enterprise.ClickAsync("[data-testid='apply-evaluate']");
        await Assertions.Expect(enterprise.Locator("[data-testid='self-assessment']")).ToContainTextAsync("2号");
        await enterprise.ClickAsync("[data-testid='apply-submit']");
        await enterprise.WaitForURLAsync(ApplicationUrl());
        var applicationPath = new Uri(enterprise.Url).AbsolutePath;
        await Assertions.Expect(enterprise.Locator("[data-testid='application-status']")).ToContainTextAsync("待县");

        var xihu = await NewPageAsync();
        await LoginAsync(xihu, SeededAccounts.OfficialXihu, SeededAccounts.Password);
        await xihu.GotoAsync("/cultivation/applications?queue=mine");
        await xihu.Locator("[data-testid='application-row']").Filter(new() { HasText = DemoEnterpriseUscc })
            .Locator("[data-testid='application-link']").First.ClickAsync();
        await xihu.WaitForURLAsync(ApplicationUrl());
        Assert.Equal(applicationPath, new Uri(xihu.Url).AbsolutePath);
        await xihu.ClickAsync("[data-testid='decision-recommend']");
        await Assertions.Expect(xihu.Locator("[data-testid='application-status']")).ToContainTextAsync("待省级");

        var zhejiang = await NewPageAsync();
        await LoginAsync(zhejiang, SeededAccounts.OfficialZhejiang, SeededAccounts.Password);
        await zhejiang.GotoAsync(applicationPath);
        await zhejiang.ClickAsync("[data-testid='decision-approve']");
        await Assertions.Expect(zhejiang.Locator("[data-testid='application-status']")).ToContainTextAsync("已认定");
        await Assertions.Expect(zhejiang.Locator("[data-testid='validity']")).ToBeVisibleAsync();

        // The province's chart page: scoped to 浙江省, one row per city, the enterprise's city (杭州市) among them.
        await zhejiang.GotoAsync("/cultivation/charts");
        await Assertions.Expect(zhejiang.Locator("[data-testid='charts-scope']")).ToContainTextAsync("浙江省");
        await Assertions.Expect(zhejiang.Locator("[data-testid='tier-row'][data-region='330100']")).ToBeVisibleAsync();
        await Assertions.Expect(zhejiang.Locator("[data-testid='tier-region-chart'] svg")).ToBeVisibleAsync();

        await enterprise.GotoAsync("/cultivation/published?tier=specialized");
        await Assertions.Expect(enterprise.Locator("[data-testid='published-row']").Filter(new() { HasText = DemoEnterpriseUscc })).ToHaveCountAsync(1);
        await ScreenshotAsync(enterprise, "cultivation-published");
    }

    [GeneratedRegex(@"/cultivation/applications/\d+$")]
    private static partial Regex ApplicationUrl();
}
