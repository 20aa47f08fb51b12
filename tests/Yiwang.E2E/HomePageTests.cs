using Yiwang.E2E.Infrastructure;

namespace Yiwang.E2E;

public sealed class HomePageTests(YiwangSite site) : BrowserTest(site)
{
    /// <summary>Guards the web layout (App.razor + Home.razor PageTitle) and the zh-CN default culture.</summary>
    [Fact]
    public async Task Home_InChromium_HasChineseTitle()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response?.Status);
        Assert.Contains("一网", await page.TitleAsync());
        await ScreenshotAsync(page, "home-zh-CN");
    }
}
