using System.Globalization;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

public sealed class InboxJourneyTests(YiwangSite site) : BrowserTest(site)
{
    /// <summary>The demo seed leaves a welcome message in every demo account's inbox; reading it lowers the header count.</summary>
    [Fact]
    public async Task OfficialXihu_SeesTheUnreadCount_OpensTheInbox_AndMarksAMessageRead()
    {
        var page = await NewPageAsync();
        await LoginAsync(page, SeededAccounts.OfficialXihu, SeededAccounts.Password);

        var badge = page.Locator("header [data-testid='inbox-unread']");
        await Assertions.Expect(badge).ToBeVisibleAsync();
        var unread = int.Parse(await badge.InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(unread >= 1);

        await page.ClickAsync("header [data-testid='inbox-link']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/inbox");
        var row = page.Locator("[data-testid='inbox-item'][data-read='false']").Filter(new() { HasText = "欢迎使用一网" }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("strong a[data-testid='inbox-open']")).ToHaveAttributeAsync("href", "/");
        var id = await row.GetAttributeAsync("data-id");
        await ScreenshotAsync(page, "inbox-unread");

        await row.Locator("[data-testid='mark-read']").ClickAsync();

        await Assertions.Expect(page.Locator($"[data-testid='inbox-item'][data-id='{id}']")).ToHaveAttributeAsync("data-read", "true");
        await Assertions.Expect(page.Locator($"[data-testid='inbox-item'][data-id='{id}'] strong")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("header [data-testid='inbox-link']")).ToHaveAttributeAsync("data-unread", (unread - 1).ToString(CultureInfo.InvariantCulture));
        await ScreenshotAsync(page, "inbox-read");
    }
}
