using System.Net;
using Microsoft.Playwright;
using Yiwang.Testing;

[assembly: AssemblyFixture(typeof(Yiwang.E2E.Infrastructure.YiwangSite))]

namespace Yiwang.E2E.Infrastructure;

/// <summary>
/// Assembly fixture: the real Yiwang host on Kestrel at http://127.0.0.1:{random port}, on a fresh SQLite file with the
/// demo seed, plus one headless Debian Chromium driven by Playwright. Every page gets its own browser context
/// (own cookies), so tests can run in parallel; they share the database, so use unique data.
/// </summary>
public sealed class YiwangSite : IAsyncLifetime
{
    /// <summary>Flags that let Chromium run as root in a container without touching the network on its own.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private TestDatabase? _database;
    private YiwangAppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the host listens, e.g. http://127.0.0.1:40529/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(TestDatabaseKind.Sqlite);
        _factory = new YiwangAppFactory(_database);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0)); // loopback only, port chosen by the OS
        try
        {
            _factory.StartServer(); // migrations and demo seed run here
        }
        catch
        {
            await DisposeAsync();
            throw;
        }

        BaseAddress = _factory.ClientOptions.BaseAddress; // set by StartServer to the bound Kestrel address
    }

    /// <summary>A fresh browser context (own cookies, zh-CN, base URL set) with one page; relative URLs work in GotoAsync.</summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN")
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        _launch.Dispose();
    }

    /// <summary>Launches Chromium on first use, so a missing binary skips (or, in CI, fails) only the browser tests.</summary>
    private async Task<IBrowser> BrowserAsync()
    {
        var executable = ExternalRequirements.Chromium();
        await _launch.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                // ExecutablePath means Playwright never looks for (or downloads) a browser of its own.
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = executable,
                    Headless = true,
                    Args = ChromiumArgs,
                });
            }

            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }
}
