using Microsoft.Playwright;

namespace Yiwang.E2E.Infrastructure;

/// <summary>The login page as the browser tests see it: change the selectors here when the page changes.</summary>
public static class LoginForm
{
    public const string Path = "/account/login";
    public const string EmailInput = "input[name='Email']";
    public const string PasswordInput = "input[name='Password']";
    public const string SubmitButton = "form[action='/account/login'] [type='submit']";
    public const string ErrorMessage = "[role='alert']";

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(Path);
        await page.FillAsync(EmailInput, email);
        await page.FillAsync(PasswordInput, password);
        await page.ClickAsync(SubmitButton);

        // Success leaves the login page; a rejected sign-in comes back to it with ?Error=..., which fails fast here.
        await page.WaitForURLAsync(url => !IsLoginUrl(url) || url.Contains("error=", StringComparison.OrdinalIgnoreCase));
        if (IsLoginUrl(page.Url))
        {
            var error = await page.Locator(ErrorMessage).AllInnerTextsAsync();
            throw new InvalidOperationException($"Sign-in as {email} failed at {page.Url}: {string.Join(" ", error)}");
        }
    }

    private static bool IsLoginUrl(string url) =>
        new Uri(url).AbsolutePath.Equals(Path, StringComparison.OrdinalIgnoreCase);
}
