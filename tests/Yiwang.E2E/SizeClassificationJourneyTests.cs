using System.Text;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>The issue's "done when" walk through the pages, in real Chromium against the real host.</summary>
public sealed class SizeClassificationJourneyTests(YiwangSite site) : BrowserTest(site)
{
    static SizeClassificationJourneyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Anonymous_SelfTest_ShowsAVerdictAndEveryComparisonInWords()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/size/self-test");
        await page.FillAsync("input[name='industryCode']", "3011");
        await page.FillAsync("input[name='employees']", "250");
        await page.FillAsync("input[name='revenueTenThousandYuan']", "5000");
        await page.ClickAsync("[data-testid='self-test-submit']");

        var result = page.Locator("[data-testid='self-test-result']");
        await Assertions.Expect(result.Locator("[data-testid='self-test-result-verdict']")).ToContainTextAsync("小型企业");
        await Assertions.Expect(result).ToContainTextAsync("属于中小企业");
        Assert.True(await page.Locator("[data-testid='self-test-result-explanation'] li").CountAsync() >= 4);
        await Assertions.Expect(result).ToContainTextAsync("从业人员 250 人，低于中型企业标准 300 人");
        await Assertions.Expect(page.Locator("input[name='employees']")).ToHaveValueAsync("250"); // the figures stay in the form
        await ScreenshotAsync(page, "self-test-result");
    }

    [Fact]
    public async Task SelfTest_WithACodeTooCoarse_ExplainsInsteadOfGuessing()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/size/self-test?industryCode=70&employees=5&revenueTenThousandYuan=1&totalAssetsTenThousandYuan=1");
        await Assertions.Expect(page.Locator("[data-testid='form-errors']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-field='industryCode'] .yw-field__error")).ToContainTextAsync("小类");
        Assert.Equal(0, await page.Locator("[data-testid='self-test-result']").CountAsync());
    }

    [Fact]
    public async Task ProvincialOfficial_BrowsesFiltersSeesStatisticsAndImpact()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.OfficialZhejiang, SeededAccounts.Password);

        await page.GotoAsync("/enterprises");
        var rows = page.Locator("[data-testid='register-row']");
        Assert.True(await rows.CountAsync() > 0);
        await page.FillAsync("input[name='region']", "西湖区");
        await page.ClickAsync("[data-testid='register-search']");
        await page.WaitForURLAsync(url => url.Contains("region=", StringComparison.Ordinal));
        Assert.True(await rows.CountAsync() > 0);
        foreach (var text in await rows.Locator("td[data-label='所在地区']").AllInnerTextsAsync())
            Assert.EndsWith("西湖区", text, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid='register-export-xlsx']")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("region=330106"));

        await page.GotoAsync("/enterprises/statistics");
        await Assertions.Expect(page.Locator("[data-testid='stats-by-size'] .yw-chart__canvas.is-drawn")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='stats-total']")).ToContainTextAsync("家");
        await ScreenshotAsync(page, "statistics");

        await page.GotoAsync("/enterprises/impact?from=miit-2011-300&to=nbs-2017");
        await Assertions.Expect(page.Locator("[data-testid='impact-matrix']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='impact-no-change']")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "impact");
    }

    [Fact]
    public async Task Official_UploadsADraftWithSeveralMistakes_AndSeesThemAllAtOnce()
    {
        await using var shipped = typeof(Yiwang.Enterprises.EnterprisesModule).Assembly.GetManifestResourceStream("Yiwang.Enterprises.RuleSets.nbs-2017.json")!;
        var draft = System.Text.Json.Nodes.JsonNode.Parse(shipped)!;
        draft["rows"]![0]!["threshold"] = 1;
        draft["rows"]![1]!["thresholds"]!["small"]!["employees"] = "20";
        draft["rows"]![2]!.AsObject().Remove("nameEn");
        draft["rows"]![3]!["thresholds"]!["medium"]!["employees"] = 500;
        var file = Path.Combine(Path.GetTempPath(), $"e2e-draft-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, draft.ToJsonString(), TestContext.Current.CancellationToken);

        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.OfficialZhejiang, SeededAccounts.Password);
        await page.GotoAsync("/enterprises/impact");
        await page.SetInputFilesAsync("[data-testid='impact-draft-file']", file);
        await page.ClickAsync("[data-testid='impact-draft-submit']");

        var summary = page.Locator("[data-testid='form-errors']");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("li")).ToHaveCountAsync(4);
        await Assertions.Expect(summary).ToContainTextAsync("是否应为“thresholds”");
        await Assertions.Expect(summary).ToContainTextAsync("第 4 行（批发业）");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("could not be mapped");
        await ScreenshotAsync(page, "impact-draft-errors");
        File.Delete(file);
    }

    [Fact]
    public async Task CountyOfficial_ImportsAGb18030FileWithBadRows_AndSeesEachRejectedLine()
    {
        var csv = string.Join("\r\n",
            "统一社会信用代码,企业名称,行政区划代码,行业代码,从业人员,营业收入(万元),资产总额(万元)",
            $"{Kernel.Codes.Uscc.FromBody("91330106MA2E2E001")},西湖浏览器测试有限公司,330106,3411,120,3500,2000",
            "91330106MA2E2E0020,西湖坏行有限公司,330106,3411,12,300,",
            $"{Kernel.Codes.Uscc.FromBody("91330106MA2E2E003")},西湖负数有限公司,330106,3411,abc,300,") + "\r\n";
        var file = Path.Combine(Path.GetTempPath(), $"e2e-register-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding("GB18030").GetBytes(csv), TestContext.Current.CancellationToken);

        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.OfficialXihu, SeededAccounts.Password);
        await page.GotoAsync("/enterprises/import");
        await page.SetInputFilesAsync("[data-testid='import-file']", file);
        await page.ClickAsync("[data-testid='import-submit']");

        var report = page.Locator("[data-testid='import-report']");
        await Assertions.Expect(report.Locator("[data-testid='import-summary']")).ToContainTextAsync("已导入 1 家，2 行被拒绝");
        var lines = await page.Locator("[data-testid='import-problems'] tbody td:first-child").AllInnerTextsAsync();
        Assert.Equal(["3", "4"], lines);
        await ScreenshotAsync(page, "import-report");

        await page.GotoAsync("/enterprises?q=西湖浏览器测试");
        await Assertions.Expect(page.Locator("[data-testid='register-row']")).ToHaveCountAsync(1);
        File.Delete(file);
    }

    [Fact]
    public async Task Enterprise_SeesOnlyItselfAsMyEnterprise_AndIsDeniedStatistics()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.Enterprise, SeededAccounts.Password);
        await page.GotoAsync("/enterprises");
        await page.WaitForURLAsync(url => url.EndsWith("/enterprises/91330106MA27XW1K3Y", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid='profile-name']")).ToHaveTextAsync("杭州西湖精密机械有限公司");
        await Assertions.Expect(page.Locator(".yw-breadcrumb")).ToContainTextAsync("我的企业");
        await Assertions.Expect(page.Locator("[data-testid='profile-size-verdict']")).ToContainTextAsync("小型企业");
        await page.ClickAsync("[data-testid='profile-self-test']");
        await Assertions.Expect(page.Locator("input[name='employees']")).ToHaveValueAsync("86");
        await page.GotoAsync("/enterprises/statistics");
        await page.WaitForURLAsync(url => url.Contains("/account/denied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_ShowsEnglish()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/size/self-test");
        await page.ClickAsync("[data-testid='language-switch']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enterprise size self-test");
        await page.ClickAsync("[data-testid='language-switch']");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("企业规模自测");
    }
}

public sealed class LateInterestJourneyTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Calculator_ShowsTotalPeriodsAndTheArticle()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("main a[href='/arrears/interest']"); // the landing page's card
        await page.FillAsync("input[name='principal']", "1000000");
        await page.FillAsync("input[name='due']", "2025-03-31");
        await page.FillAsync("input[name='paid']", "2025-04-30");
        await page.ClickAsync("[data-testid='interest-form'] button[type='submit']");
        await Assertions.Expect(page.Locator("[data-testid='interest-total']")).ToContainTextAsync("15,000.00");
        await Assertions.Expect(page.Locator("[data-testid='interest-overdue-days']")).ToHaveTextAsync("30");
        await Assertions.Expect(page.Locator("[data-testid='interest-result']")).ToContainTextAsync("第十七条");
        await ScreenshotAsync(page, "late-interest");
    }

    [Fact]
    public async Task DueDate_AcrossNationalDay_LandsOnTheFirstWorkingDayAfterTheHoliday()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/arrears/payment-due-date?respondent=organ&from=delivery&start=2025-09-01");
        await Assertions.Expect(page.Locator("[data-testid='due-date']")).ToContainTextAsync("2025年10月9日");
    }
}
