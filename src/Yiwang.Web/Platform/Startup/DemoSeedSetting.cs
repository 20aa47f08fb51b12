namespace Yiwang.Web.Platform.Startup;

/// <summary>
/// <c>Demo:Seed</c>: demo enterprises and accounts with a published password, only when asked for (issue 14: a SQLite
/// deployment used to ship <c>admin@yiwang.local</c> by default). Never in the Production environment.
/// </summary>
internal static class DemoSeedSetting
{
    public static bool IsRequested(IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration["Demo:Seed"];
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (!bool.TryParse(text, out var requested))
            throw new InvalidOperationException($"Demo:Seed must be true or false, not '{text}'.");
        if (requested && environment.IsProduction())
            throw new InvalidOperationException("Demo:Seed=true is refused in the Production environment: the demo accounts share a published password.");
        return requested;
    }
}
