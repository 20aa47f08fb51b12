using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca;

public sealed class SparseLuTests
{
    [Fact]
    public void Triplets_with_the_same_position_are_summed()
    {
        var m = SparseMatrix.FromTriplets(2, 2, [new(0, 0, 1), new(1, 0, 2), new(0, 0, 3), new(1, 1, -1)]);

        Assert.Equal(4, m[0, 0]);
        Assert.Equal(2, m[1, 0]);
        Assert.Equal(0, m[0, 1]);
        Assert.Equal(3, m.NonZeros);
        Assert.Equal([4.0, 3.0], m.Multiply([1, -1]));
    }

    [Fact]
    public void Loop_between_two_processes_is_solved()
    {
        // Process 0 needs 0.5 of product 1 and process 1 needs 0.2 of product 0: s0 = 1 / 0.9, s1 = 0.2 / 0.9.
        var lu = SparseLu.Factorize(SparseMatrix.FromDense([[1, -0.5], [-0.2, 1]]));

        var s = lu.Solve([1, 0]);

        Assert.Equal(1 / 0.9, s[0], 1e-15);
        Assert.Equal(0.2 / 0.9, s[1], 1e-15);
    }

    [Fact]
    public void Three_process_cycle_with_self_consumption_is_solved()
    {
        // 0 → 1 → 2 → 0 each using 0.3 of the next, and process 0 consuming 10 % of its own output.
        double[][] a = [[0.9, 0, -0.3], [-0.3, 1, 0], [0, -0.3, 1]];
        var s = SparseLu.Factorize(SparseMatrix.FromDense(a)).Solve([1, 0, 0]);

        var residual = SparseMatrix.FromDense(a).Multiply(s);
        Assert.Equal(1, residual[0], 1e-14);
        Assert.Equal(0, residual[1], 1e-14);
        Assert.Equal(0, residual[2], 1e-14);
        Assert.Equal(1 / (0.9 - 0.027), s[0], 1e-14);
    }

    [Fact]
    public void Linearly_dependent_processes_name_the_column()
    {
        var ex = Assert.Throws<LcaException>(() => SparseLu.Factorize(SparseMatrix.FromDense([[1, 2], [2, 4]])));

        Assert.Equal(1, ex.Column);
        Assert.Contains("column 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pivot", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_column_is_reported()
    {
        var ex = Assert.Throws<LcaException>(() => SparseLu.Factorize(SparseMatrix.FromDense([[1, 0, 0], [0, 0, 0], [0, 0, 1]])));

        Assert.Equal(1, ex.Column);
        Assert.Equal(0, ex.Pivot);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Structurally_singular_matrix_is_reported()
    {
        var ex = Assert.Throws<LcaException>(() => SparseLu.Factorize(SparseMatrix.FromDense([[1, 1], [0, 0]])));

        Assert.Equal(1, ex.Column);
        Assert.Contains("structurally singular", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Badly_scaled_matrix_is_refused_with_its_condition()
    {
        var ex = Assert.Throws<LcaException>(() => LcaSystem.Factorize(SparseMatrix.FromDense([[1, 0], [0, 1e-15]]), SparseMatrix.FromDense([[1, 1]])));

        Assert.NotNull(ex.ConditionEstimate);
        Assert.InRange(ex.ConditionEstimate.Value, 1e14, 1e16);
        Assert.Contains("condition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Poorly_conditioned_matrix_is_solved_with_a_warning()
    {
        var system = LcaSystem.Factorize(SparseMatrix.FromDense([[1, 0], [0, 1e-11]]), SparseMatrix.FromDense([[1, 1]]));

        var result = system.Calculate([1, 1e-11]);

        Assert.InRange(system.ConditionEstimate, 0.999e11, 1.001e11);
        Assert.Equal(2, result.Inventory[0], 1e-12);
        Assert.Contains(result.Explanations, e => e.Contains("warning", StringComparison.Ordinal));
    }

    [Fact]
    public void Condition_estimate_matches_the_exact_one_norm_condition_of_a_small_matrix()
    {
        // A = [[1, -0.5], [-0.2, 1]]: ‖A‖₁ = 1.5, A⁻¹ = [[1, 0.5], [0.2, 1]] / 0.9, ‖A⁻¹‖₁ = 1.5 / 0.9.
        var a = SparseMatrix.FromDense([[1, -0.5], [-0.2, 1]]);

        Assert.Equal(1.5 * 1.5 / 0.9, SparseLu.Factorize(a).ConditionEstimate(a.NormOne()), 1e-12);
    }

    [Fact]
    public void Transposed_solve_satisfies_the_transposed_system()
    {
        var a = RandomSystems.Permuted(RandomSystems.DiagonallyDominant(30, 0.1, new Random(7)), new Random(8));
        var c = Enumerable.Range(0, 30).Select(i => (double)(i % 5) - 2).ToArray();

        var y = SparseLu.Factorize(a).SolveTransposed(c);

        for (var j = 0; j < 30; j++)
        {
            var sum = 0.0;
            for (var p = a.ColStart[j]; p < a.ColStart[j + 1]; p++) sum += a.Values[p] * y[a.RowIndex[p]];
            Assert.Equal(c[j], sum, 1e-10);
        }
    }
}
