using Yiwang.E2E.Infrastructure;

namespace Yiwang.E2E;

public sealed class HealthPageTests(YiwangSite site) : BrowserTest(site)
{
    [Fact]
    public async Task Health_InChromium_ShowsHealthy()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/health");

        Assert.Equal(200, response?.Status);
        Assert.Equal("Healthy", (await page.InnerTextAsync("body")).Trim());
        await ScreenshotAsync(page, "health");
    }
}
