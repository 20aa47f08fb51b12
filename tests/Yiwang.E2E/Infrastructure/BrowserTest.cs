using Microsoft.Playwright;
using Yiwang.Testing;

namespace Yiwang.E2E.Infrastructure;

/// <summary>
/// Base class for browser tests. Usage:
/// <code>
/// public sealed class SignInTests(YiwangSite site) : BrowserTest(site)
/// {
///     [Fact]
///     public async Task Admin_SignsIn_LandsOnHome()
///     {
///         var page = await NewPageAsync();               // own context (cookies), BaseURL = the Kestrel host
///         await LoginAsync(page, SeededAccounts.Admin, SeededAccounts.Password);
///         await ScreenshotAsync(page, "admin-home");     // PNG path is written to the test output
///         await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
///     }
/// }
/// </code>
/// Pages are closed after each test; a failed test leaves a "FAILED-..." screenshot of every page it opened.
/// Without Chromium the test is skipped (a failure under YIWANG_REQUIRE_EXTERNAL=1).
/// </summary>
public abstract class BrowserTest(YiwangSite site) : IAsyncLifetime
{
    private readonly List<IPage> _pages = [];

    protected YiwangSite Site => site;

    protected async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        var page = await site.NewPageAsync(locale);
        _pages.Add(page);
        return page;
    }

    /// <summary>Signs in through the login form and waits until the browser has left the login page.</summary>
    protected static Task LoginAsync(IPage page, string email, string password) => LoginForm.SignInAsync(page, email, password);

    /// <summary>Saves a full-page PNG under <see cref="Screenshots.Directory"/> and returns its path.</summary>
    protected static Task<string> ScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        foreach (var page in _pages)
        {
            if (failed && !page.IsClosed)
            {
                await Screenshots.TrySaveAsync(page, $"FAILED-{TestContext.Current.Test?.TestDisplayName}");
            }

            await page.Context.CloseAsync();
        }

        GC.SuppressFinalize(this);
    }
}
