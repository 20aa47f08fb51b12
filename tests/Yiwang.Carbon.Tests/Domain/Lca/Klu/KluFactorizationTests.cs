using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca.Klu;

/// <summary>KLU's factorization reuse, errors, disposal, and the solver switch.</summary>
public sealed class KluFactorizationTests
{
    [Fact]
    public void One_klu_factorization_serves_many_demand_vectors_also_in_parallel()
    {
        if (!KluRequirement.Present()) return;
        var random = new Random(5);
        var a = GeneratedSystems.EcoinventLike(1000, 20, 20, random);
        using var lu = KluLu.Factorize(a);
        var demands = Enumerable.Range(0, 64).Select(k => RandomSystems.Vector(1000, new Random(k))).ToArray();
        var sequential = demands.Select(f => Solve(lu, f)).ToArray();

        var parallel = new double[demands.Length][];
        Parallel.For(0, demands.Length, k => parallel[k] = Solve(lu, demands[k]));

        for (var k = 0; k < demands.Length; k++)
        {
            Assert.Equal(sequential[k], parallel[k]);
            Assert.Equal(Solve(KluLu.Factorize(a), demands[k]), sequential[k]);
            Assert.True(RandomSystems.RelativeResidual(a, sequential[k], demands[k]) < 1e-14);
        }

        Assert.True(lu.FactorNonZeros >= a.NonZeros);
    }

    [Fact]
    public void Solving_on_extracted_factors_matches_klu_solve()
    {
        if (!KluRequirement.Present()) return;
        var random = new Random(11);
        // Row-shuffled: pivoting and row scaling (Rs) both matter here.
        foreach (var a in (SparseMatrix[])[GeneratedSystems.EcoinventLike(800, 15, 30, random),
                     RandomSystems.Permuted(RandomSystems.DiagonallyDominant(150, 0.1, random), random)])
        {
            using var lu = KluLu.Factorize(a);
            for (var k = 0; k < 10; k++)
            {
                var f = RandomSystems.Vector(a.Rows, random);
                var native = new double[a.Rows];
                lu.SolveWithKluSolve(f, native);

                Assert.True(GeneratedSystems.MaxRelativeDifference(native, Solve(lu, f)) < 1e-13);
            }
        }
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 2, 4 }, 1, "pivot")]
    [InlineData(new double[] { 1, 0, 0, 0, 0, 0, 0, 0, 1 }, 1, "empty")]
    [InlineData(new double[] { 1, 1, 0, 0 }, 1, "structurally singular")]
    public void Singular_matrices_name_the_same_column_as_the_managed_solver(double[] dense, int column, string why)
    {
        if (!KluRequirement.Present()) return;
        var size = (int)Math.Sqrt(dense.Length);
        var a = SparseMatrix.FromDense([.. dense.Chunk(size)]);

        var klu = Assert.Throws<LcaException>(() => LcaSystem.Factorize(a, SparseMatrix.FromDense([new double[size]]), solver: LcaSolverKind.Klu));
        var managed = Assert.Throws<LcaException>(() => LcaSystem.Factorize(a, SparseMatrix.FromDense([new double[size]]), solver: LcaSolverKind.Managed));

        Assert.Equal(column, klu.Column);
        Assert.Equal(managed.Column, klu.Column);
        Assert.Equal(0, klu.Pivot);
        Assert.Contains($"singular technosphere matrix at column {column} (process)", klu.Message, StringComparison.Ordinal);
        Assert.Contains(why, klu.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Badly_scaled_matrix_is_refused_through_klu_with_its_condition()
    {
        if (!KluRequirement.Present()) return;

        var ex = Assert.Throws<LcaException>(() =>
            LcaSystem.Factorize(SparseMatrix.FromDense([[1, 0], [0, 1e-15]]), SparseMatrix.FromDense([[1, 1]]), solver: LcaSolverKind.Klu));

        Assert.InRange(ex.ConditionEstimate!.Value, 1e14, 1e16);
        Assert.Contains("numerically singular or badly scaled", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_duplicate_process_is_refused_through_klu()
    {
        if (!KluRequirement.Present()) return;
        // Column 1 equals column 0 up to rounding in the last place: not an exact zero pivot, but no usable answer.
        var a = SparseMatrix.FromDense([[1, 1 + 2e-16], [3, 3]]);

        var ex = Assert.Throws<LcaException>(() => LcaSystem.Factorize(a, SparseMatrix.FromDense([[1, 1]]), solver: LcaSolverKind.Klu));

        Assert.True(ex.Column == 1 || ex.ConditionEstimate > LcaSystem.ConditionLimit, ex.Message);
    }

    [Fact]
    public void Disposed_factorization_refuses_to_solve_and_disposes_twice_quietly()
    {
        if (!KluRequirement.Present()) return;
        var lu = KluLu.Factorize(SparseMatrix.FromDense([[2, 0], [1, 4]]));
        Assert.Equal([0.5, 0.125], Solve(lu, [1, 1]));

        lu.Dispose();
        lu.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Solve(lu, [1, 1]));
    }

    [Fact]
    public void Klu_is_chosen_automatically_when_the_library_loads()
    {
        if (!KluRequirement.Present()) return;

        using var lu = LuSolvers.Factorize(SparseMatrix.FromDense([[1]]), LcaSolverKind.Auto);

        Assert.Equal("klu", lu.Solver);
    }

    private static double[] Solve(KluLu lu, double[] b)
    {
        var x = new double[b.Length];
        lu.Solve(b, x);
        return x;
    }
}
