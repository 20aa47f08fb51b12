using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;

namespace Yiwang.E2E;

public sealed class IndicatorsJourneyTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task FiveGBaseStations_ShowProgressAgainstThe450WanTarget_WithChart()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("header [data-nav='indicators'] > summary"); // the 产业指标 menu
        await page.ClickAsync("header [data-nav='indicators'] a[href='/indicators']");
        var row = page.Locator("[data-testid='indicator-row'][data-code='5g-base-stations']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await row.Locator("a").First.ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/indicators/5g-base-stations", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid='indicator-chart'] .yw-chart__canvas.is-drawn")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='indicator-chart-table']")).ToContainTextAsync("观测值");
        await Assertions.Expect(page.Locator("[data-testid='progress']").First).ToContainTextAsync("450");
        await ScreenshotAsync(page, "indicator-5g");
    }
}
