using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca;

/// <summary>The three test vectors of the carbon-footprint reference sheet, section 1.2.</summary>
public sealed class ReferenceFixtureTests
{
    /// <summary>T1: rows [fuel, electricity], columns [electricity process, fuel process]; A(electricity, electricity
    /// process) sits off the diagonal and A(electricity, fuel process) is 0, so the solver must pivot.</summary>
    internal static readonly double[][] HeijungsSuhA = [[-2, 100], [10, 0]];
    internal static readonly double[][] HeijungsSuhB = [[1, 10], [0.1, 2], [0, -50]];

    [Fact]
    public void Heijungs_Suh_two_process_example_gives_the_book_answers()
    {
        var system = LcaSystem.Factorize(SparseMatrix.FromDense(HeijungsSuhA), SparseMatrix.FromDense(HeijungsSuhB), SparseMatrix.FromDense([[1, 0, 0]]));

        var result = system.Calculate([0, 1000]);

        Assert.Equal([100.0, 2.0], result.Scaling);
        Assert.Equal([120.0, 14.0, -100.0], result.Inventory);
        Assert.Equal([120.0], result.Impacts!);
        Assert.Contains(result.Explanations, e => e.Contains("condition", StringComparison.Ordinal));
    }

    [Fact]
    public void Brightway_basic_fixture_gives_supply_inventory_and_scores()
    {
        var system = LcaSystem.Factorize(
            SparseMatrix.FromDense([[1, 0], [-0.5, 1]]),
            SparseMatrix.FromDense([[1, 0], [0, 2]]),
            SparseMatrix.FromDense([[1, 0], [0, 10]]));

        var result = system.Calculate([1, 0]);

        Assert.Equal([1.0, 0.5], result.Scaling);
        Assert.Equal([1.0, 1.0], result.Inventory);
        var h = result.Impacts!;
        Assert.Equal(11, h.Sum());
        // test_lca_with_normalization and the weighting variants: N = diag(10, 4), W = 4 or 8.
        var normalized = (10 * h[0]) + (4 * h[1]);
        Assert.Equal(50, normalized);
        Assert.Equal(44, 4 * h.Sum());
        Assert.Equal(400, 8 * normalized);
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1, 4)]
    [InlineData(2, 2)]
    public void OpenLca_demand_test_chain_gives_total_flow(int product, double expected)
    {
        var system = LcaSystem.Factorize(
            SparseMatrix.FromDense([[1, 0, 0], [-1, 1, 0], [0, -1, 1]]),
            SparseMatrix.FromDense([[1, 1, 1]]));
        var demand = new double[3];
        demand[product] = 2;

        var result = system.Calculate(demand);

        Assert.Equal(expected, result.Inventory[0], 1e-16);
    }
}
