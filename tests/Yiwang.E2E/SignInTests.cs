using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E;

public sealed class SignInTests(YiwangSite site) : BrowserTest(site)
{
    /// <summary>Keeps <see cref="LoginForm"/> (the selectors every signed-in browser test relies on) in step with the page.</summary>
    [Fact]
    public async Task Admin_SignsInThroughTheForm_LeavesTheLoginPage()
    {
        var page = await NewPageAsync();

        await LoginAsync(page, SeededAccounts.Admin, SeededAccounts.Password);

        Assert.DoesNotContain(LoginForm.Path, page.Url, StringComparison.OrdinalIgnoreCase);
        await ScreenshotAsync(page, "admin-signed-in");
    }

    [Fact]
    public async Task UnknownAccount_IsRejected_WithAMessage()
    {
        var page = await NewPageAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => LoginAsync(page, "nobody@yiwang.local", SeededAccounts.Password)); // no real account, so no lockout counter moves

        Assert.Contains("failed", failure.Message);
        Assert.Contains(LoginForm.Path, page.Url, StringComparison.OrdinalIgnoreCase);
    }
}
