using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Yiwang.Testing;

/// <summary>
/// The real Yiwang web host (<see cref="Program"/>) on the given <see cref="TestDatabase"/>, migrated and seeded with the
/// demo enterprises and accounts (<see cref="SeededAccounts"/>), in environment "Testing".
/// In-memory by default (TestServer); Yiwang.E2E calls <c>UseKestrel(...)</c> + <c>StartServer()</c> for a real socket.
/// </summary>
/// <remarks>Linked into Yiwang.E2E as well. The database is owned by the caller, who disposes it after this factory.</remarks>
public class YiwangAppFactory(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>The host's clock: the one given, else a <see cref="TestClock"/> (never the wall clock).</summary>
    public TimeProvider Clock { get; } = clock ?? new TestClock();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting writes host configuration, which Program.cs already sees in builder.Configuration
        // (ConfigureAppConfiguration would only apply after builder.Build()).
        builder.UseEnvironment("Testing");
        // Outside Development the host does not read the static web assets manifest by itself, so the kit's files
        // (_content/Yiwang.Kernel.Web: yiwang.css, yiwang.js, ECharts) answered 500 and browser tests ran unstyled.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.ProviderName);
        builder.UseSetting("ConnectionStrings:Yiwang", Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");

        // Every test class signs in many times from one in-memory "client address"; the limits themselves are
        // tested by a fixture that lowers them again through `settings`.
        builder.UseSetting("RateLimits:LoginPerMinute", "10000");
        builder.UseSetting("RateLimits:SubmitPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);

        // Request-by-request framework logs drown the app's own messages in a failed test's captured output.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton(Clock));
    }
}

/// <summary>The accounts created by the host's demo seed (<c>Demo:Seed=true</c>).</summary>
public static class SeededAccounts
{
    public const string Password = "Yiwang#2026demo";
    public const string Admin = "admin@yiwang.local";

    /// <summary>Official with jurisdiction over province 330000 (Zhejiang).</summary>
    public const string OfficialZhejiang = "official.zj@yiwang.local";

    /// <summary>Official with jurisdiction over county 330106 (Xihu district, Hangzhou).</summary>
    public const string OfficialXihu = "official.xihu@yiwang.local";

    /// <summary>Enterprise user bound to one demo USCC.</summary>
    public const string Enterprise = "enterprise@yiwang.local";

    /// <summary>Second official of county 330106: the department head who approves extensions.</summary>
    public const string HeadXihu = "head.xihu@yiwang.local";

    /// <summary>National official (000000).</summary>
    public const string OfficialNational = "official.national@yiwang.local";

    /// <summary>Respondent account bound to the demo respondent 91330106MA2HDXG7JB.</summary>
    public const string Respondent = "respondent@yiwang.local";
}
