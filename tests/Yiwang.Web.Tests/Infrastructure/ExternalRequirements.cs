namespace Yiwang.Testing;

/// <summary>
/// The one rule for tests that need something outside the process (a PostgreSQL server, a Chromium binary):
/// when it is not configured the test is skipped on a developer machine, and it fails when
/// <c>YIWANG_REQUIRE_EXTERNAL=1</c> (set by <c>.ci/run</c>), so CI can never go green by skipping.
/// Call these from inside a test (or a member a test calls), never from a fixture's constructor:
/// only an exception thrown while a test runs turns into "skipped".
/// </summary>
/// <remarks>Linked into Yiwang.E2E as well; keep it free of project-specific dependencies.</remarks>
public static class ExternalRequirements
{
    public const string PostgresVariable = "YIWANG_TEST_POSTGRES";
    public const string ChromiumVariable = "YIWANG_CHROMIUM";
    public const string RequireVariable = "YIWANG_REQUIRE_EXTERNAL";
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    public static bool IsRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The admin connection string from <c>YIWANG_TEST_POSTGRES</c>, or null when unset.</summary>
    public static string? PostgresOrNull() => NullIfBlank(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>The admin connection string from <c>YIWANG_TEST_POSTGRES</c>; skips (or fails in CI) when unset.</summary>
    public static string Postgres() =>
        PostgresOrNull() ?? Unavailable($"PostgreSQL not configured: set {PostgresVariable}");

    /// <summary>The Chromium path from <c>YIWANG_CHROMIUM</c> (default /usr/bin/chromium), or null when the file is missing.</summary>
    public static string? ChromiumOrNull()
    {
        var path = NullIfBlank(Environment.GetEnvironmentVariable(ChromiumVariable)) ?? DefaultChromiumPath;
        return File.Exists(path) ? path : null;
    }

    /// <summary>The Chromium path; skips (or fails in CI) when the binary is missing.</summary>
    public static string Chromium() =>
        ChromiumOrNull() ?? Unavailable(
            $"Chromium not found at {NullIfBlank(Environment.GetEnvironmentVariable(ChromiumVariable)) ?? DefaultChromiumPath}: " +
            $"apt-get install chromium fonts-noto-cjk, or set {ChromiumVariable}");

    /// <summary>Skips the running test with <paramref name="message"/>, or fails it when external dependencies are required.</summary>
    public static string Unavailable(string message)
    {
        if (IsRequired)
        {
            Assert.Fail($"{message} ({RequireVariable}=1, so this is a failure, not a skip)");
        }

        Assert.Skip(message);
        throw new System.Diagnostics.UnreachableException();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
