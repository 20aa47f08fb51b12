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
    public async Task Anonymous_SelfTest_ShowsSizeAndEveryComparison()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/size/self-test");
        await page.FillAsync("input[name='industry']", "3011");
        await page.FillAsync("input[name='employees']", "250");
        await page.FillAsync("input[name='revenue']", "5000");
        await page.ClickAsync("[data-testid='self-test-form'] button[type='submit']");

        var result = page.Locator("[data-testid='self-test-result']");
        await Assertions.Expect(result.Locator(".size-badge")).ToHaveTextAsync("小型");
        await Assertions.Expect(result).ToContainTextAsync("属于中小企业");
        Assert.True(await page.Locator("[data-testid='self-test-explanation'] li").CountAsync() >= 4);
        await Assertions.Expect(result).ToContainTextAsync("250 < 300");
        await ScreenshotAsync(page, "self-test-result");
    }

    [Fact]
    public async Task SelfTest_WithACodeTooCoarse_ExplainsInsteadOfGuessing()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/size/self-test?industry=70&employees=5&revenue=1&assets=1");
        await Assertions.Expect(page.Locator("[data-testid='self-test-errors']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid='self-test-result']").CountAsync());
    }

    [Fact]
    public async Task ProvincialOfficial_BrowsesFiltersSeesStatisticsAndImpact()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.OfficialZhejiang, SeededAccounts.Password);

        await page.GotoAsync("/enterprises");
        var rows = page.Locator("[data-testid='register-table'] tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        await page.FillAsync("input[name='region']", "330106");
        await page.ClickAsync("[data-testid='register-filter'] button[type='submit']");
        await page.WaitForURLAsync(url => url.Contains("region=330106", StringComparison.Ordinal));
        foreach (var text in await rows.Locator("td:nth-child(3)").AllInnerTextsAsync())
            Assert.Contains("330106", text, StringComparison.Ordinal);

        await page.GotoAsync("/enterprises/statistics");
        await Assertions.Expect(page.Locator("figure.chart svg").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("figure.chart rect").CountAsync() > 0);
        await ScreenshotAsync(page, "statistics");

        await page.GotoAsync("/enterprises/impact?from=miit-2011-300&to=nbs-2017");
        await Assertions.Expect(page.Locator("[data-testid='impact-matrix']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='impact-summary']")).ToContainTextAsync("不变");
        await ScreenshotAsync(page, "impact");
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
        await page.SetInputFilesAsync("input[type='file']", file);
        await page.ClickAsync("[data-testid='import-form'] button[type='submit']");

        var report = page.Locator("[data-testid='import-report']");
        await Assertions.Expect(report).ToContainTextAsync("新增 1 家");
        await Assertions.Expect(report).ToContainTextAsync("拒绝 2 行");
        var lines = await page.Locator("[data-testid='import-problems'] tbody td:first-child").AllInnerTextsAsync();
        Assert.Equal(["3", "4"], lines);
        await ScreenshotAsync(page, "import-report");

        await page.GotoAsync("/enterprises?q=西湖浏览器测试");
        await Assertions.Expect(page.Locator("[data-testid='register-table'] tbody tr")).ToHaveCountAsync(1);
        File.Delete(file);
    }

    [Fact]
    public async Task Enterprise_SeesOnlyItself_AndIsDeniedStatistics()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.Enterprise, SeededAccounts.Password);
        await page.GotoAsync("/enterprises");
        await Assertions.Expect(page.Locator("[data-testid='register-table'] tbody tr")).ToHaveCountAsync(1);
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
