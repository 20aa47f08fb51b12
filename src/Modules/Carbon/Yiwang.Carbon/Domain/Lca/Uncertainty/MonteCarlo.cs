using System.Globalization;
using Yiwang.Carbon.Contracts;

namespace Yiwang.Carbon.Domain.Lca.Uncertainty;

/// <summary>
/// Monte Carlo over uncertain entries of A and B, giving the distribution of h = C·B·A⁻¹·f. Draws run in parallel but
/// are reproducible: iterations are cut into fixed blocks, each with its own <see cref="Random"/> seeded from (seed,
/// block), so the numbers depend on the seed only — not on core count or thread scheduling. Drawn technospheres are
/// factorized by the solver the system was built with, reusing what depends on A's pattern only (KLU: the symbolic
/// analysis and pivot order, <c>klu_refactor</c> per draw; managed: the block triangular order), one factorization
/// object per worker thread; a draw's result still depends on its own values only (docs/adr/0006).
/// </summary>
internal static class MonteCarlo
{
    /// <summary>Iterations per random stream; fixed so the streams do not depend on the machine.</summary>
    internal const int IterationsPerStream = 32;

    public static readonly IReadOnlyList<double> DefaultPercentiles = [0.025, 0.5, 0.975];

    /// <param name="maxDegreeOfParallelism">Threads; 0 or less: one per core. Results do not depend on it.</param>
    /// <param name="refactorizations">
    /// Makes one worker's factorizations of A's draws; null: the system's solver reusing its ordering
    /// (<see cref="LcaSystem.NewRefactorization"/>). Benchmarks pass the old per-draw factorization here.
    /// </param>
    public static MonteCarloResult Run(
        LcaSystem system, double[] demand, IReadOnlyList<UncertainEntry> entries, int iterations, int seed, IReadOnlyList<double>? percentiles = null,
        int maxDegreeOfParallelism = 0, Func<ILuRefactorization>? refactorizations = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        var c = system.Characterization ?? throw new ArgumentException("Monte Carlo on impacts needs a characterization matrix", nameof(system));
        var a = system.Technosphere;
        var b = system.Biosphere;
        var inA = Slots(a, entries, LcaMatrix.Technosphere);
        var inB = Slots(b, entries, LcaMatrix.Biosphere);
        // With A fixed, s is fixed too: one solve serves every draw.
        var fixedScaling = inA.Count == 0 ? system.Calculate(demand).Scaling : null;
        var newWorker = refactorizations ?? system.NewRefactorization;
        var samples = Enumerable.Range(0, c.Rows).Select(_ => new double[iterations]).ToArray();
        var streams = (iterations + IterationsPerStream - 1) / IterationsPerStream;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount };
        var (repivoted, method) = (0, "");
        try
        {
            // One factorization object per worker thread (KLU's numeric object cannot be shared), made on the
            // worker's first stream and disposed when it finishes; streams, not threads, carry the random numbers.
            Parallel.For<ILuRefactorization?>(0, streams, options, () => fixedScaling is null ? newWorker() : null, (stream, _, lu) =>
            {
                var random = new Random(StreamSeed(seed, stream));
                var aValues = (double[])a.Values.Clone();
                var bValues = (double[])b.Values.Clone();
                var s = fixedScaling ?? new double[a.Cols];
                var end = Math.Min(iterations, (stream + 1) * IterationsPerStream);
                for (var i = stream * IterationsPerStream; i < end; i++)
                {
                    foreach (var (slot, distribution) in inA) aValues[slot] = distribution.Sample(random);
                    foreach (var (slot, distribution) in inB) bValues[slot] = distribution.Sample(random);
                    if (lu is not null)
                    {
                        if (FactorizeDraw(lu, aValues, i)) Interlocked.Increment(ref repivoted);
                        lu.Solve(demand, s);
                    }

                    var h = c.Multiply(b.WithValues(bValues).Multiply(s));
                    for (var k = 0; k < h.Length; k++) samples[k][i] = h[k];
                }

                return lu;
            },
            lu =>
            {
                if (lu is null) return;
                method = lu.Description;
                lu.Dispose();
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<LcaException>().FirstOrDefault() is { } first)
        {
            throw new LcaException(first.Message, ex) { Column = first.Column, Pivot = first.Pivot };
        }

        var levels = percentiles ?? DefaultPercentiles;
        var sorted = samples.Select(x => x.Order().ToArray()).ToArray();
        var how = fixedScaling is not null
            ? "one factorization reused"
            : string.Create(CultureInfo.InvariantCulture, $"refactorized per draw — {method}; {repivoted} of {iterations} draws pivoted afresh");
        return new MonteCarloResult(
            seed,
            samples,
            [.. samples.Select(x => x.Average())],
            levels.ToDictionary(p => p, p => sorted.Select(x => Percentile(x, p)).ToArray()),
            [string.Create(CultureInfo.InvariantCulture,
                $"{iterations} draws, seed {seed}, {streams} random streams of {IterationsPerStream}; {inA.Count} uncertain entries in A ({how}), {inB.Count} in B")]);
    }

    /// <summary>Linear interpolation between order statistics (type 7, numpy's default).</summary>
    internal static double Percentile(double[] sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo])) : sorted[lo];
    }

    private static bool FactorizeDraw(ILuRefactorization lu, double[] aValues, int iteration)
    {
        try
        {
            return lu.Factorize(aValues);
        }
        catch (LcaException ex)
        {
            throw new LcaException($"蒙特卡洛第 {iteration} 次抽样 / Monte Carlo draw {iteration}: {ex.Message}", ex) { Column = ex.Column, Pivot = ex.Pivot };
        }
    }

    private static List<(int Slot, Distribution Distribution)> Slots(SparseMatrix m, IReadOnlyList<UncertainEntry> entries, LcaMatrix which)
    {
        var slots = new List<(int, Distribution)>();
        foreach (var e in entries.Where(e => e.Matrix == which))
        {
            var slot = -1;
            if ((uint)e.Col < (uint)m.Cols)
                for (var p = m.ColStart[e.Col]; p < m.ColStart[e.Col + 1] && slot < 0; p++) slot = m.RowIndex[p] == e.Row ? p : -1;
            if (slot < 0) throw new ArgumentException($"{which} entry ({e.Row}, {e.Col}) is not an exchange of the system", nameof(entries));
            slots.Add((slot, e.Distribution));
        }

        return slots;
    }

    /// <summary>SplitMix64 of (seed, stream): neighbouring streams get unrelated seeds.</summary>
    private static int StreamSeed(int seed, int stream)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)stream) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
