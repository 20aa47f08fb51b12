using System.Diagnostics;
using System.Globalization;
using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;
using Yiwang.Carbon.Domain.Lca.Uncertainty;

/// <summary>
/// Monte Carlo iterations per second on the generated CSV system: 1 % of A's off-diagonal entries and 10 % of B's
/// entries lognormal (σ 0.2 and 0.3, in the range of ecoinvent's basic uncertainties), C = one impact summing all
/// flows, demand from f.csv. "klu" and "managed" are the current code (ordering / symbolic analysis reused);
/// "before" is the code before that change: a full managed factorization, ordering included, per draw.
/// </summary>
internal static class MonteCarloBench
{
    public static int Run(string dir, string solver, int draws, int threads)
    {
        var a = CarbonBench.Read(Path.Combine(dir, "A.csv"));
        var bLines = CarbonBench.Read(Path.Combine(dir, "B.csv"));
        var n = a.Max(t => Math.Max(t.Row, t.Col)) + 1;
        var flows = bLines.Max(t => t.Row) + 1;
        var technosphere = SparseMatrix.FromTriplets(n, n, a);
        var biosphere = SparseMatrix.FromTriplets(flows, n, bLines);
        var characterization = SparseMatrix.FromTriplets(1, flows, Enumerable.Range(0, flows).Select(i => new Triplet(0, i, 1)));
        var demand = new double[n];
        foreach (var line in File.ReadLines(Path.Combine(dir, "f.csv")).Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split(',');
            demand[int.Parse(c[0], CultureInfo.InvariantCulture)] = double.Parse(c[1], CultureInfo.InvariantCulture);
        }

        var entries = Entries(technosphere, biosphere, new Random(2026));
        var kind = solver == "klu" ? LcaSolverKind.Klu : LcaSolverKind.Managed;
        using var system = LcaSystem.Factorize(technosphere, biosphere, characterization, kind);
        Func<ILuRefactorization>? before = solver == "before" ? () => new PerDrawSparseLu(technosphere) : null;
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];

        var watch = Stopwatch.StartNew();
        var result = MonteCarlo.Run(system, demand, entries, draws, seed: 7, percentiles: null, maxDegreeOfParallelism: threads, refactorizations: before);
        var seconds = watch.Elapsed.TotalSeconds;
        var loadAfter = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        var inA = entries.Count(e => e.Matrix == LcaMatrix.Technosphere);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"solver\":\"{solver}\",\"processes\":{n},\"nonzerosA\":{technosphere.NonZeros},\"uncertainA\":{inA},\"uncertainB\":{entries.Length - inA},\"draws\":{draws},\"threads\":{(threads > 0 ? threads : Environment.ProcessorCount)},\"seconds\":{seconds:F3},\"iterationsPerSecond\":{draws / seconds:F2},\"mean\":{result.Mean[0]:R},\"p50\":{result.Percentiles[0.5][0]:R},\"load1\":\"{load}→{loadAfter}\",\"peakMiB\":{peak:F0},\"explanation\":\"{result.Explanations[0].Replace("\"", "'", StringComparison.Ordinal)}\"}}"));
        return 0;
    }

    private static UncertainEntry[] Entries(SparseMatrix a, SparseMatrix b, Random random)
    {
        var entries = new List<UncertainEntry>();
        for (var j = 0; j < a.Cols; j++)
        {
            for (var p = a.ColStart[j]; p < a.ColStart[j + 1]; p++)
            {
                if (a.RowIndex[p] != j && a.Values[p] != 0 && random.NextDouble() < 0.01)
                    entries.Add(new UncertainEntry(LcaMatrix.Technosphere, a.RowIndex[p], j, new Lognormal(a.Values[p], 0.2)));
            }

            for (var p = b.ColStart[j]; p < b.ColStart[j + 1]; p++)
            {
                if (b.Values[p] != 0 && random.NextDouble() < 0.1)
                    entries.Add(new UncertainEntry(LcaMatrix.Biosphere, b.RowIndex[p], j, new Lognormal(b.Values[p], 0.3)));
            }
        }

        return [.. entries];
    }

    /// <summary>The draw as MonteCarlo did it before: <c>SparseLu.Factorize(a.WithValues(values))</c>, ordering recomputed every time.</summary>
    private sealed class PerDrawSparseLu(SparseMatrix a) : ILuRefactorization
    {
        private SparseLu? lu;

        public string Description => "before: SparseLu.Factorize per draw (block triangular order recomputed)";

        public bool Factorize(double[] values)
        {
            lu = SparseLu.Factorize(a.WithValues(values));
            return true;
        }

        public void Solve(ReadOnlySpan<double> b, Span<double> x) => lu!.Solve(b, x);

        public void Dispose() => lu = null;
    }
}
