using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Yiwang.Bench;

/// <summary>
/// <c>core [BenchmarkDotNet args]</c>: runs <see cref="CoreBenchmarks"/>. Without a --job argument it uses
/// ShortRun (1 launch, 3 warm-up, 3 measured iterations) so a run takes minutes, not a quarter of an hour.
/// </summary>
internal static class CoreCommand
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary);
        if (!args.Any(a => a is "--job" or "-j")) config = config.AddJob(Job.ShortRun);

        // From the repository root (as the docs run it) keep the reports in the git-ignored bench/out.
        if (!args.Contains("--artifacts") && Directory.Exists("bench"))
        {
            config = config.WithArtifactsPath(Path.Combine("bench", "out", "BenchmarkDotNet.Artifacts"));
        }
        if (!args.Any(a => a is "--filter" or "-f")) args = [.. args, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(CoreBenchmarks)]).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
