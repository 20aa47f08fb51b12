using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

/// <summary>
/// The footprint report in a real browser: the print button works under the page's content security policy (no
/// inline script), print media hides the navigation and the forms, and a battery shows its EU Art. 7 breakdown.
/// </summary>
public sealed class CarbonReportPrintTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Battery_report_prints_without_forms_and_the_print_button_opens_the_dialog()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.Enterprise, SeededAccounts.Password);
        await page.GotoAsync("/carbon/footprints/new?template=battery-lfp-pack");
        await page.FillAsync("[data-testid='product-name']", "LFP 电池包 280Ah");
        await page.ClickAsync("[data-testid='compute-submit']");
        await page.WaitForURLAsync(url => url.Contains("/carbon/footprints/", StringComparison.Ordinal) && !url.EndsWith("/new", StringComparison.Ordinal));

        await Assertions.Expect(page.Locator("[data-testid='battery-table']")).ToContainTextAsync("寿命末期与回收");
        await Assertions.Expect(page.Locator("[data-testid='battery-assumed']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='battery-error']")).ToHaveCountAsync(0);
        var print = page.Locator("[data-testid='print-report']");
        await Assertions.Expect(print).ToBeVisibleAsync(); // hidden until the script file ran

        await page.EvaluateAsync("() => { window.print = () => { document.body.dataset.printed = 'yes'; }; }");
        await print.ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-printed", "yes");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("[data-testid='battery-form']")).ToBeHiddenAsync();
        await Assertions.Expect(print).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid='dq-table']")).ToBeVisibleAsync();
        Assert.Equal("page", await page.Locator("[data-testid='report-data-quality']").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        await ScreenshotAsync(page, "carbon-battery-report-print");
    }
}
