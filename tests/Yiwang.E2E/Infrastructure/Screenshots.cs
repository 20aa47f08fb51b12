using Microsoft.Playwright;

namespace Yiwang.E2E.Infrastructure;

/// <summary>Screenshots go to bin/{Configuration}/net10.0/screenshots/ (or YIWANG_SCREENSHOTS); each path is written to the test output.</summary>
public static class Screenshots
{
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("YIWANG_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{SafeFileName(name)}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>For clean-up paths: a screenshot that cannot be taken must not hide the test's own failure.</summary>
    public static async Task TrySaveAsync(IPage page, string name)
    {
        try
        {
            await SaveAsync(page, name);
        }
        catch (PlaywrightException)
        {
        }
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat([' ', '(', ')', '"', '\'', ',']).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
        return safe.Length > 120 ? safe[..120] : safe;
    }
}
