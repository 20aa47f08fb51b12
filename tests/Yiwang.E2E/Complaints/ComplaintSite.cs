using System.Net;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Yiwang.E2E.Infrastructure;
using Yiwang.Testing;

namespace Yiwang.E2E.Complaints;

/// <summary>
/// Class fixture: a second Kestrel host like <see cref="YiwangSite"/>, but on a fake clock that starts on Friday
/// 2025-09-26 10:00 China time (02:00 UTC; FakeTimeProvider and PostgreSQL want UTC) — the eve of the 2025 National Day
/// holiday — so the journey can check statutory deadlines. The hourly deadline sweep is off; the test moves the clock.
/// </summary>
public sealed class ComplaintSite : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 9, 26, 2, 0, 0, TimeSpan.Zero);

    private readonly SemaphoreSlim _launch = new(1, 1);
    private TestDatabase? _database;
    private YiwangAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public FakeTimeProvider Clock { get; } = new(Start);

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite);
        _factory = new YiwangAppFactory(_database, new Dictionary<string, string> { ["Complaints:SweepIntervalMinutes"] = "0" }, Clock);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        try
        {
            _factory.StartServer();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    /// <summary>Moves the clock to 10:00 China time on <paramref name="date"/> (never backwards). Sign-ins may expire: sign in again.</summary>
    public void MoveTo(DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > Clock.GetUtcNow()) Clock.SetUtcNow(target);
    }

    public async Task<IPage> NewPageAsync()
    {
        var executable = ExternalRequirements.Chromium();
        await _launch.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            _browser ??= await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = YiwangSite.ChromiumArgs });
        }
        finally
        {
            _launch.Release();
        }

        var context = await _browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _browser = null;
        _playwright?.Dispose();
        _playwright = null;
        if (_factory is not null) await _factory.DisposeAsync();
        _factory = null;
        if (_database is not null) await _database.DisposeAsync();
        _database = null;
        _launch.Dispose();
    }
}
