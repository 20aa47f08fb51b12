using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>
/// Issue 4 "done when": the enterprise completes the digital-level questionnaire, self-assesses and applies under the
/// 2026 rules, 西湖区 recommends, 浙江省 recognises, and the enterprise is on the published list. Issue 12: the
/// application is a wizard started from the register profile, in zh-CN and en, with screenshots at both widths.
/// </summary>
public sealed partial class CultivationJourneyTests(YiwangSite site) : BrowserTest(site)
{
    private const string DemoEnterpriseUscc = "91330106MA27XW1K3Y";

    /// <summary>Figures that meet every 2026 专精特新 condition (as in the unit tests' Eval.Strong), as the wizard's fields take them.</summary>
    private static readonly Dictionary<string, string> Facts = new()
    {
        ["yearsInNicheMarket"] = "6", ["revenueLastYearTenThousandYuan"] = "5000", ["revenuePreviousYearTenThousandYuan"] = "4500",
        ["mainBusinessRevenueLastYearTenThousandYuan"] = "4500", ["mainBusinessRevenuePreviousYearTenThousandYuan"] = "4000",
        ["mainBusinessRevenueThreeYearsAgoTenThousandYuan"] = "3600", ["rdExpenseLastYearTenThousandYuan"] = "300",
        ["rdExpensePreviousYearTenThousandYuan"] = "250", ["netProfitLastYearTenThousandYuan"] = "400", ["debtToAssetRatioPercent"] = "45",
        ["employees"] = "200", ["rdStaff"] = "30", ["selfDevelopedClassIIpCount"] = "2", ["classIIpCount"] = "3", ["classIIIpCount"] = "10",
        ["classIIpInUseCount"] = "2", ["hasQualityManagementCertification"] = "true", ["hasOwnBrand"] = "true",
        ["mainProductInStrategicEmergingIndustry"] = "true", ["rdInstitutionLevel"] = "City", ["localFeaturePoints"] = "8",
        ["holdsInnovativeSmeTitle"] = "true", ["mainProductMarketShareLeading"] = "true", ["developmentEvaluationScore"] = "62",
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
            foreach (var question in await enterprise.Locator("div[data-testid^='q-']").AllAsync())
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

        await enterprise.ClickAsync("[data-testid='digital-apply']");
        await Assertions.Expect(enterprise.Locator("[data-testid='apply-prefill']")).ToContainTextAsync("企业名录");
        await CompleteWizardAsync(enterprise, "specialized", "zh");
        await Assertions.Expect(enterprise.Locator("[data-testid='decision-done']")).ToContainTextAsync("初审");
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
        await Assertions.Expect(xihu.Locator("[data-testid='decision-done']")).ToContainTextAsync("省级");

        var zhejiang = await NewPageAsync();
        await LoginAsync(zhejiang, SeededAccounts.OfficialZhejiang, SeededAccounts.Password);
        await zhejiang.GotoAsync(applicationPath);
        await zhejiang.ClickAsync("[data-testid='decision-approve']");
        await Assertions.Expect(zhejiang.Locator("[data-testid='application-status']")).ToContainTextAsync("已认定");
        await Assertions.Expect(zhejiang.Locator("[data-testid='validity']")).ToBeVisibleAsync();

        // The province's chart page: scoped to 浙江省, one row per city, the enterprise's city (杭州市) among them.
        await zhejiang.GotoAsync("/cultivation/charts");
        await Assertions.Expect(zhejiang.Locator("[data-testid='charts-scope']")).ToContainTextAsync("浙江省");
        await Assertions.Expect(zhejiang.Locator("[data-testid='tier-region-chart-table']")).ToContainTextAsync("杭州市");
        await Assertions.Expect(zhejiang.Locator("[data-testid='tier-region-chart'] .yw-chart__canvas.is-drawn svg")).ToBeVisibleAsync();

        await enterprise.GotoAsync("/cultivation/published?tier=specialized");
        await Assertions.Expect(enterprise.Locator("[data-testid='published-row']").Filter(new() { HasText = DemoEnterpriseUscc })).ToHaveCountAsync(1);
        await ScreenshotAsync(enterprise, "cultivation-published");
    }

    [Fact]
    public async Task Enterprise_in_English_completes_the_wizard_from_its_profile_and_applies()
    {
        var enterprise = await NewPageAsync("en");
        await LoginAsync(enterprise, SeededAccounts.Enterprise, SeededAccounts.Password);
        await enterprise.GotoAsync("/cultivation/apply");
        await Assertions.Expect(enterprise.Locator("[data-testid='apply-prefill']")).ToContainTextAsync("enterprise register");
        await CompleteWizardAsync(enterprise, "innovative", "en");
        await Assertions.Expect(enterprise.Locator("[data-testid='decision-done']")).ToContainTextAsync("county/city SME department reviews it by");
        await Assertions.Expect(enterprise.Locator("[data-testid='application-status']")).ToContainTextAsync("Awaiting county/city review");
    }

    /// <summary>
    /// The apply wizard from the tier to the submission: each step's fields filled from <see cref="Facts"/> (the register's
    /// pre-filled revenue is checked, then overwritten), the live self-assessment beside it; each step and the final check
    /// saved at 1366 and 390 px.
    /// </summary>
    private static async Task CompleteWizardAsync(IPage page, string tier, string language)
    {
        await page.CheckAsync($"[data-testid='apply-tier'] input[value='{tier}']");
        await Shots(page, $"cultivation-wizard-{language}-tier");
        await page.ClickAsync("[data-testid='apply-next']");
        var revenue = page.Locator("[data-testid='fact-revenueLastYearTenThousandYuan']");
        if (await revenue.CountAsync() > 0) await Assertions.Expect(revenue).ToHaveValueAsync("4200"); // from the register profile
        for (var step = 1; await page.Locator("[data-testid='apply-next']").CountAsync() > 0; step++)
        {
            foreach (var (name, value) in Facts)
            {
                var field = page.Locator($"[data-testid='fact-{name}']");
                if (await field.CountAsync() == 0) continue;
                var tag = await field.EvaluateAsync<string>("e => e.tagName");
                if (tag == "SELECT") await field.SelectOptionAsync(value);
                else if (tag == "INPUT") await field.FillAsync(value);
                else await field.Locator($"input[value='{value}']").CheckAsync();
            }

            await Assertions.Expect(page.Locator("[data-testid='self-assessment']")).ToBeVisibleAsync();
            await Shots(page, $"cultivation-wizard-{language}-step{step}");
            await page.ClickAsync("[data-testid='apply-next']");
        }

        // The strong figures meet the 专精特新 conditions; for the other tiers the verdict is shown, whatever it is.
        if (tier == "specialized") await Assertions.Expect(page.Locator("[data-testid='self-assessment-verdict']")).ToContainTextAsync("符合申报条件");
        else await Assertions.Expect(page.Locator("[data-testid='self-assessment-verdict']")).ToBeVisibleAsync();
        await Shots(page, $"cultivation-wizard-{language}-check");
        await page.ClickAsync("[data-testid='apply-submit']");
        await page.WaitForURLAsync(SubmittedUrl());
    }

    private static async Task Shots(IPage page, string name)
    {
        foreach (var width in new[] { 390, 1366 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await ScreenshotAsync(page, $"{name}-{width}");
        }
    }

    [GeneratedRegex(@"/cultivation/applications/\d+\?submitted=1$")]
    private static partial Regex SubmittedUrl();

    [GeneratedRegex(@"/cultivation/applications/\d+$")]
    private static partial Regex ApplicationUrl();
}
