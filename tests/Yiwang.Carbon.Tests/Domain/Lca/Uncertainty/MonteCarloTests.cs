using Yiwang.Carbon.Contracts;
using Yiwang.Carbon.Domain.Lca;
using Yiwang.Carbon.Domain.Lca.Uncertainty;

namespace Yiwang.Carbon.Tests.Domain.Lca.Uncertainty;

public sealed class MonteCarloTests
{
    // Brightway's basic fixture: h = 1 + 2 · 0.5 = 2 kg CO2e at the deterministic amounts.
    private static LcaSystem Basic() => LcaSystem.Factorize(
        SparseMatrix.FromDense([[1, 0], [-0.5, 1]]),
        SparseMatrix.FromDense([[1, 2]]),
        SparseMatrix.FromDense([[1]]));

    private static readonly UncertainEntry[] Symmetric =
    [
        new(LcaMatrix.Technosphere, 1, 0, new Uniform(-0.6, -0.4)),
        new(LcaMatrix.Biosphere, 0, 1, new Uniform(1.5, 2.5)),
    ];

    [Fact]
    public void Mean_of_a_uniformly_perturbed_system_is_near_the_deterministic_value()
    {
        var system = Basic();

        var result = MonteCarlo.Run(system, [1, 0], Symmetric, iterations: 4000, seed: 42);

        // Independent draws: E[h] = 1 + E[b]·E[−a] = 2; the standard error of the mean is about 0.0036.
        Assert.Equal(system.Calculate([1, 0]).Impacts![0], result.Mean[0], 0.02);
        Assert.InRange(result.Percentiles[0.025][0], 1.5, 1.8);
        Assert.InRange(result.Percentiles[0.975][0], 2.2, 2.5);
        Assert.InRange(result.Percentiles[0.5][0], 1.95, 2.05);
    }

    [Fact]
    public void Two_runs_with_one_seed_are_identical_and_another_seed_differs()
    {
        var first = MonteCarlo.Run(Basic(), [1, 0], Symmetric, iterations: 1000, seed: 7);
        var second = MonteCarlo.Run(Basic(), [1, 0], Symmetric, iterations: 1000, seed: 7);
        var other = MonteCarlo.Run(Basic(), [1, 0], Symmetric, iterations: 1000, seed: 8);

        Assert.Equal(first.Samples[0], second.Samples[0]);
        Assert.Equal(first.Percentiles[0.5], second.Percentiles[0.5]);
        Assert.NotEqual(first.Samples[0], other.Samples[0]);
    }

    [Fact]
    public void Biosphere_only_uncertainty_reuses_one_scaling_vector()
    {
        var entries = new UncertainEntry[] { new(LcaMatrix.Biosphere, 0, 0, new Normal(1, 0.1)) };

        var result = MonteCarlo.Run(Basic(), [1, 0], entries, iterations: 2000, seed: 1);

        Assert.Equal(2, result.Mean[0], 0.02);
        Assert.Contains("one factorization reused", result.Explanations[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_that_makes_A_singular_is_an_error_naming_the_draw()
    {
        var system = LcaSystem.Factorize(SparseMatrix.FromDense([[1, 1], [1, 2]]), SparseMatrix.FromDense([[1, 1]]), SparseMatrix.FromDense([[1]]));
        var entries = new UncertainEntry[] { new(LcaMatrix.Technosphere, 1, 1, new Uniform(1, 1 + 1e-15)) };

        var ex = Assert.Throws<LcaException>(() => MonteCarlo.Run(system, [1, 0], entries, iterations: 10, seed: 3));

        Assert.Contains("Monte Carlo draw", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Column);
    }

    [Fact]
    public void Entry_outside_the_pattern_is_refused()
    {
        var entries = new UncertainEntry[] { new(LcaMatrix.Technosphere, 0, 1, new Uniform(0, 1)) };

        Assert.Throws<ArgumentException>(() => MonteCarlo.Run(Basic(), [1, 0], entries, iterations: 10, seed: 3));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(0.25, 2.0)]
    public void Percentiles_interpolate_between_order_statistics(double p, double expected)
    {
        Assert.Equal(expected, MonteCarlo.Percentile([1, 2, 3, 4, 5], p));
    }
}
