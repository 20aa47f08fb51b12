namespace Yiwang.Web.Tests.Security;

/// <summary>
/// The suite's counts, written to the test output and to <c>security-suite-figures.txt</c> beside the test assembly
/// (a passing test's output is not shown by default; docs/security.md quotes this file).
/// </summary>
internal static class SuiteFigures
{
    private static readonly Lock Gate = new();

    public static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        lock (Gate) File.AppendAllLines(Path.Combine(AppContext.BaseDirectory, "security-suite-figures.txt"), [$"{TimeProvider.System.GetUtcNow():u} {line}"]);
    }
}
