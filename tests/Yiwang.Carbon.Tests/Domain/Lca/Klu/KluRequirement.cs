using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca.Klu;

/// <summary>
/// KLU tests need libklu.so.1 (Debian libklu1, installed by .ci/run). Without it they fail — never skip — unless
/// YIWANG_ALLOW_NO_KLU=1 says this machine knowingly lacks it; under CI=true they fail regardless.
/// </summary>
internal static class KluRequirement
{
    /// <summary>True: go on with the test. False: KLU is knowingly absent here, the test has nothing to check.</summary>
    public static bool Present()
    {
        if (KluLibrary.IsAvailable) return true;
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable("YIWANG_ALLOW_NO_KLU") == "1") return false;
        Assert.Fail($"KLU is required for this test: {KluLibrary.Unavailable}. Install it (apt-get install libklu1) or, outside CI, set YIWANG_ALLOW_NO_KLU=1.");
        return false;
    }
}
