using Yiwang.Carbon.Domain.Lca.Uncertainty;

namespace Yiwang.Carbon.Tests.Domain.Lca.Uncertainty;

public sealed class DistributionTests
{
    private const int Draws = 200_000;

    private static double[] Sample(Distribution d)
    {
        var random = new Random(11);
        return [.. Enumerable.Range(0, Draws).Select(_ => d.Sample(random))];
    }

    [Fact]
    public void Lognormal_has_the_geometric_mean_and_the_arithmetic_mean_of_its_sigma()
    {
        var x = Sample(new Lognormal(2, 0.5));

        Assert.Equal(2, Math.Exp(x.Average(Math.Log)), 0.01);
        Assert.Equal(2 * Math.Exp(0.125), x.Average(), 0.02);
        Assert.All(x, v => Assert.True(v > 0));
    }

    [Fact]
    public void Negative_lognormal_keeps_its_sign()
    {
        Assert.All(Sample(new Lognormal(-3, 0.2)), v => Assert.True(v < 0));
    }

    [Fact]
    public void Normal_has_its_mean_and_standard_deviation()
    {
        var x = Sample(new Normal(-1, 2));
        var mean = x.Average();

        Assert.Equal(-1, mean, 0.02);
        Assert.Equal(2, Math.Sqrt(x.Average(v => (v - mean) * (v - mean))), 0.02);
    }

    [Fact]
    public void Triangular_stays_in_range_with_mean_of_its_three_points()
    {
        var x = Sample(new Triangular(1, 2, 6));

        Assert.All(x, v => Assert.InRange(v, 1, 6));
        Assert.Equal(3, x.Average(), 0.02);
    }

    [Fact]
    public void Uniform_stays_in_range_with_the_midpoint_as_mean()
    {
        var x = Sample(new Uniform(-2, 4));

        Assert.All(x, v => Assert.InRange(v, -2, 4));
        Assert.Equal(1, x.Average(), 0.02);
    }

    [Fact]
    public void Invalid_parameters_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Uniform(1, 1));
        Assert.Throws<ArgumentException>(() => new Triangular(1, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Lognormal(0, 1));
    }
}
