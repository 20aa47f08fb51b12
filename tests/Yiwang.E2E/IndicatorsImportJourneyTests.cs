using System.Text;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

public sealed class IndicatorsImportJourneyTests(YiwangSite site) : BrowserTest(site)
{
    static IndicatorsImportJourneyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task NationalOfficial_ImportsMonthlyTelecomFigures_SeesTheBadRow_TheRevisionAndTheProgress()
    {
        // 2025-12 is 483.8 in the shipped data; the file revises it, adds January 2026, and has one row with a wrong unit.
        var csv = string.Join("\r\n",
            "指标代码,地区代码,期别,数值,单位,来源,说明",
            "5g-base-stations,000000,2025-12,483.9,万个,2025年通信业统计公报（浏览器测试）,",
            "5g-base-stations,000000,2026-01,486.5,万个,2026年1月通信业经济运行情况（浏览器测试）,",
            "5g-mobile-users,000000,2026-01,12.1,万个,2026年1月通信业经济运行情况（浏览器测试）,") + "\r\n";
        var file = Path.Combine(Path.GetTempPath(), $"e2e-telecom-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding("GB18030").GetBytes(csv), TestContext.Current.CancellationToken);

        var page = await NewPageAsync();
        await LoginAsync(page, "official.national@yiwang.local", SeededAccounts.Password);
        await page.GotoAsync("/indicators");
        await page.ClickAsync("[data-testid='import-link']");
        await page.WaitForURLAsync(url => url.EndsWith("/indicators/import", StringComparison.Ordinal));
        await page.SetInputFilesAsync("input[type='file']", file);
        await page.FillAsync("input[name='reason']", "按2025年统计公报更正");
        await page.ClickAsync("[data-testid='indicators-import-form'] button[type='submit']");

        await Assertions.Expect(page.Locator("[data-testid='import-summary']")).ToContainTextAsync("新增 1 个数值，修订 1 个");
        var bad = page.Locator("[data-testid='import-error-row']");
        await Assertions.Expect(bad).ToHaveCountAsync(1);
        await Assertions.Expect(bad).ToHaveAttributeAsync("data-line", "4");
        await Assertions.Expect(bad).ToContainTextAsync("万个");
        await ScreenshotAsync(page, "indicators-import-report");

        await page.GotoAsync("/indicators/5g-base-stations");
        await Assertions.Expect(page.Locator("[data-testid='observation-row'][data-period='2026-01']")).ToContainTextAsync("486.5");
        var revisions = page.Locator("[data-testid='revisions-table']");
        await Assertions.Expect(revisions).ToContainTextAsync("按2025年统计公报更正");
        await Assertions.Expect(revisions).ToContainTextAsync("483.8");
        await Assertions.Expect(page.Locator("[data-testid='progress']").First).ToContainTextAsync("450");
        await ScreenshotAsync(page, "indicators-revisions");

        // No province has reported 5G counts yet, and the page says so; resident population has all 31, ranked.
        await page.ClickAsync("[data-testid='provinces-link']");
        await Assertions.Expect(page.Locator("[data-testid='no-provincial-data']")).ToBeVisibleAsync();
        await page.GotoAsync("/indicators/resident-population/provinces");
        var rows = page.Locator("[data-testid='province-row']");
        await Assertions.Expect(rows).ToHaveCountAsync(31);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-region", "440000"); // 广东, the most populous
        await Assertions.Expect(page.Locator("[data-testid='provinces-chart-table'] tbody tr")).ToHaveCountAsync(31); // the ranking chart's figures
        await Assertions.Expect(page.Locator("[data-testid='provinces-map']")).ToBeVisibleAsync();

        // The monthly brief, exported as a workbook.
        await page.GotoAsync("/indicators/brief?month=2026-01");
        await Assertions.Expect(page.Locator("[data-testid='brief-value'][data-code='5g-base-stations']")).ToContainTextAsync("486.5");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid='brief-xlsx']"));
        var saved = Path.Combine(Path.GetTempPath(), $"e2e-brief-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved, TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K', "the brief downloads as an .xlsx (zip) workbook");
        File.Delete(saved);

        // The ICT dashboard: one chart per indicator, the 5G one now ending at the imported January value.
        await page.GotoAsync("/indicators");
        await page.ClickAsync("[data-testid='area-link'][href='/indicators/area/ict']");
        var fiveG = page.Locator("[data-testid='area-indicator'][data-code='5g-base-stations']");
        await Assertions.Expect(fiveG.Locator("[data-testid='area-latest']")).ToContainTextAsync("486.5");
        await Assertions.Expect(fiveG.Locator(".yw-chart__canvas.is-drawn")).ToHaveCountAsync(1);
        await Assertions.Expect(fiveG.Locator("[data-testid='indicator-chart-table']")).ToContainTextAsync("486.5");
        await Assertions.Expect(page.Locator("[data-testid='area-indicator'][data-code='5g-base-stations-per-10k'] [data-testid='indicator-chart-table'] th", new() { HasTextString = "按近期趋势预测" })).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "indicators-area-ict");
    }
}
