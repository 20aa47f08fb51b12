using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;
using Yiwang.Carbon.Domain.Lca.Uncertainty;
using Yiwang.Carbon.Tests.Domain.Lca.Klu;

namespace Yiwang.Carbon.Tests.Domain.Lca.Uncertainty;

/// <summary>
/// Monte Carlo with uncertain A reuses the system's ordering (KLU: symbolic analysis and pivot order, klu_refactor per
/// draw; managed: block triangular order): draws stay reproducible whatever the thread count, and both solvers agree.
/// </summary>
public sealed class MonteCarloRefactorizationTests
{
    public static TheoryData<string> Shapes => ["chains", "one-loop"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Klu_and_managed_agree_on_the_same_draws(string shape)
    {
        if (!KluRequirement.Present()) return;
        var (a, b, c, f, entries) = Uncertain(shape);
        using var klu = LcaSystem.Factorize(a, b, c, LcaSolverKind.Klu);
        using var managed = LcaSystem.Factorize(a, b, c, LcaSolverKind.Managed);

        var k = MonteCarlo.Run(klu, f, entries, iterations: 100, seed: 11);
        var m = MonteCarlo.Run(managed, f, entries, iterations: 100, seed: 11);

        for (var impact = 0; impact < c.Rows; impact++)
            Assert.True(GeneratedSystems.MaxRelativeDifference(m.Samples[impact], k.Samples[impact]) < 1e-9, $"{shape}, impact {impact}");
        // The draws really moved h: identical samples would mean A's uncertainty was ignored.
        Assert.True(k.Samples[0].Max() - k.Samples[0].Min() > 1e-3 * Math.Abs(k.Mean[0]));
        Assert.Contains("klu_refactor", k.Explanations[0], StringComparison.Ordinal);
        Assert.Contains("managed sparse LU", m.Explanations[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LcaSolverKind.Klu)]
    [InlineData(LcaSolverKind.Managed)]
    public void Same_seed_gives_identical_draws_on_one_thread_and_on_four(LcaSolverKind solver)
    {
        if (solver == LcaSolverKind.Klu && !KluRequirement.Present()) return;
        var (a, b, c, f, entries) = Uncertain("one-loop");
        using var system = LcaSystem.Factorize(a, b, c, solver);

        var one = MonteCarlo.Run(system, f, entries, iterations: 200, seed: 5, maxDegreeOfParallelism: 1);
        var four = MonteCarlo.Run(system, f, entries, iterations: 200, seed: 5, maxDegreeOfParallelism: 4);

        Assert.Equal(one.Samples[0], four.Samples[0]);
        Assert.Equal(one.Percentiles[0.025], four.Percentiles[0.025]);
        Assert.Equal(one.Percentiles[0.975], four.Percentiles[0.975]);
        Assert.Equal(one.Explanations, four.Explanations);
    }

    [Fact]
    public void Managed_draw_equals_a_fresh_factorization_bit_for_bit()
    {
        var (a, _, _, f, _) = Uncertain("chains");
        var random = new Random(3);
        var values = a.Values.Select(v => v * (1 + (0.05 * random.NextDouble()))).ToArray();
        using var draws = SparseLu.Factorize(a).NewRefactorization(a);

        draws.Factorize(values);
        var x = new double[a.Rows];
        draws.Solve(f, x);

        Assert.Equal(SparseLu.Factorize(a.WithValues(values)).Solve(f), x);
    }

    [Fact]
    public void Klu_draw_that_zeroes_the_kept_pivots_is_factorized_afresh()
    {
        if (!KluRequirement.Present()) return;
        // Whichever column KLU eliminates first, its kept pivot is a diagonal entry that the draw makes exactly 0,
        // yet the drawn A = [[0, 1], [1, 0]] is regular: s = (0, 1) and h = 2.
        var (a, b, c) = (SparseMatrix.FromDense([[3, 1], [1, 3]]), SparseMatrix.FromDense([[1, 2]]), SparseMatrix.FromDense([[1]]));
        var entries = new UncertainEntry[] { new(LcaMatrix.Technosphere, 0, 0, new Normal(0, 0)), new(LcaMatrix.Technosphere, 1, 1, new Normal(0, 0)) };
        using var system = LcaSystem.Factorize(a, b, c, LcaSolverKind.Klu);

        var result = MonteCarlo.Run(system, [1, 0], entries, iterations: 40, seed: 1);

        Assert.All(result.Samples[0], h => Assert.Equal(2, h, 1e-15));
        Assert.Contains("40 of 40 draws pivoted afresh", result.Explanations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Klu_draw_whose_kept_pivot_would_need_large_multipliers_is_factorized_afresh()
    {
        if (!KluRequirement.Present()) return;
        var (a, b, c) = (SparseMatrix.FromDense([[3, 1], [1, 3]]), SparseMatrix.FromDense([[1, 2]]), SparseMatrix.FromDense([[1]]));
        var entries = new UncertainEntry[] { new(LcaMatrix.Technosphere, 0, 0, new Uniform(0.001, 0.002)), new(LcaMatrix.Technosphere, 1, 1, new Uniform(0.001, 0.002)) };
        using var klu = LcaSystem.Factorize(a, b, c, LcaSolverKind.Klu);
        using var managed = LcaSystem.Factorize(a, b, c, LcaSolverKind.Managed);

        var k = MonteCarlo.Run(klu, [1, 0], entries, iterations: 40, seed: 2);
        var m = MonteCarlo.Run(managed, [1, 0], entries, iterations: 40, seed: 2);

        // Kept pivots of 0.001–0.002 against off-diagonal 1 would give multipliers of about 300 > 10.
        Assert.Contains("40 of 40 draws pivoted afresh", k.Explanations[0], StringComparison.Ordinal);
        Assert.True(GeneratedSystems.MaxRelativeDifference(m.Samples[0], k.Samples[0]) < 1e-12);
    }

    [Theory]
    [InlineData(LcaSolverKind.Klu)]
    [InlineData(LcaSolverKind.Managed)]
    public void Singular_draw_names_the_draw_and_the_column_with_either_solver(LcaSolverKind solver)
    {
        if (solver == LcaSolverKind.Klu && !KluRequirement.Present()) return;
        using var system = LcaSystem.Factorize(SparseMatrix.FromDense([[1, 1], [1, 2]]), SparseMatrix.FromDense([[1, 1]]), SparseMatrix.FromDense([[1]]), solver);
        var entries = new UncertainEntry[] { new(LcaMatrix.Technosphere, 1, 1, new Uniform(1, 1 + 1e-15)) };

        var ex = Assert.Throws<LcaException>(() => MonteCarlo.Run(system, [1, 0], entries, iterations: 10, seed: 3));

        Assert.Matches(@"Monte Carlo draw \d+: .*singular technosphere matrix at column 1 ", ex.Message);
        Assert.Equal(1, ex.Column);
    }

    [Fact]
    public void Klu_draws_keep_working_after_the_system_is_disposed_because_they_hold_the_symbolic_analysis()
    {
        if (!KluRequirement.Present()) return;
        var (a, b, c, f, _) = Uncertain("chains");
        var system = LcaSystem.Factorize(a, b, c, LcaSolverKind.Klu);
        var expected = system.Calculate(f).Scaling;
        using var draws = system.NewRefactorization();
        system.Dispose();

        Assert.False(draws.Factorize((double[])a.Values.Clone()));
        var x = new double[a.Rows];
        draws.Solve(f, x);

        Assert.True(GeneratedSystems.MaxRelativeDifference(expected, x) < 1e-12);
    }

    /// <summary>A generated system with 2 % of A's off-diagonal entries and 20 % of B's uncertain (lognormal).</summary>
    private static (SparseMatrix A, SparseMatrix B, SparseMatrix C, double[] F, UncertainEntry[] Entries) Uncertain(string shape)
    {
        var random = new Random(shape.Length);
        var a = shape == "chains" ? GeneratedSystems.EcoinventLike(300, 8, 30, random) : RandomSystems.DiagonallyDominant(80, 0.08, random);
        var n = a.Rows;
        var b = GeneratedSystems.Biosphere(6, n, random);
        var c = SparseMatrix.FromDense([[1, 2, 0, 1, 0.5, 3], [0, 0, 1, 0, 0, 1]]);
        var f = new double[n];
        f[n - 1] = 1;
        f[n / 2] = 2;
        var entries = new List<UncertainEntry>();
        for (var j = 0; j < n; j++)
        {
            for (var p = a.ColStart[j]; p < a.ColStart[j + 1]; p++)
            {
                if (a.RowIndex[p] != j && a.Values[p] != 0 && random.NextDouble() < 0.02)
                    entries.Add(new UncertainEntry(LcaMatrix.Technosphere, a.RowIndex[p], j, new Lognormal(a.Values[p], 0.3)));
            }

            for (var p = b.ColStart[j]; p < b.ColStart[j + 1]; p++)
            {
                if (b.Values[p] != 0 && random.NextDouble() < 0.2) entries.Add(new UncertainEntry(LcaMatrix.Biosphere, b.RowIndex[p], j, new Lognormal(b.Values[p], 0.2)));
            }
        }

        return (a, b, c, f, [.. entries]);
    }
}
