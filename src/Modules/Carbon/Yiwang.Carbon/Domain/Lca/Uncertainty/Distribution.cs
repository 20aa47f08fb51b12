namespace Yiwang.Carbon.Domain.Lca.Uncertainty;

/// <summary>
/// The uncertainty of one exchange amount, in the four shapes Brightway's stats_arrays and openLCA share
/// (lognormal, normal, triangular, uniform). Draws come from a caller-owned <see cref="Random"/> so runs are reproducible.
/// </summary>
internal abstract record Distribution
{
    public abstract double Sample(Random random);

    /// <summary>A standard normal draw (Box–Muller); 1 − U keeps the logarithm away from zero.</summary>
    protected static double StandardNormal(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

/// <summary>
/// Lognormal around a geometric mean (the deterministic amount, as in ecoinvent's pedigree approach) with σ of the
/// underlying normal; a negative amount keeps its sign, as Brightway's "negative" flag does.
/// </summary>
internal sealed record Lognormal : Distribution
{
    public Lognormal(double geometricMean, double sigma)
    {
        if (geometricMean == 0 || !double.IsFinite(geometricMean)) throw new ArgumentOutOfRangeException(nameof(geometricMean), "a lognormal needs a nonzero finite geometric mean");
        ArgumentOutOfRangeException.ThrowIfNegative(sigma);
        (GeometricMean, Sigma) = (geometricMean, sigma);
    }

    public double GeometricMean { get; }

    public double Sigma { get; }

    public override double Sample(Random random) => GeometricMean * Math.Exp(Sigma * StandardNormal(random));
}

internal sealed record Normal : Distribution
{
    public Normal(double mean, double standardDeviation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviation);
        (Mean, StandardDeviation) = (mean, standardDeviation);
    }

    public double Mean { get; }

    public double StandardDeviation { get; }

    public override double Sample(Random random) => Mean + (StandardDeviation * StandardNormal(random));
}

internal sealed record Triangular : Distribution
{
    public Triangular(double minimum, double mode, double maximum)
    {
        if (!(minimum <= mode && mode <= maximum && minimum < maximum))
            throw new ArgumentException($"a triangular distribution needs minimum ≤ mode ≤ maximum and minimum < maximum, got {minimum}, {mode}, {maximum}", nameof(mode));
        (Minimum, Mode, Maximum) = (minimum, mode, maximum);
    }

    public double Minimum { get; }

    public double Mode { get; }

    public double Maximum { get; }

    /// <summary>Inverse of the cumulative distribution function.</summary>
    public override double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble();
        var width = Maximum - Minimum;
        return u < (Mode - Minimum) / width
            ? Minimum + Math.Sqrt(u * width * (Mode - Minimum))
            : Maximum - Math.Sqrt((1 - u) * width * (Maximum - Mode));
    }
}

internal sealed record Uniform : Distribution
{
    public Uniform(double minimum, double maximum)
    {
        if (!(minimum < maximum)) throw new ArgumentException($"a uniform distribution needs minimum < maximum, got {minimum}, {maximum}", nameof(maximum));
        (Minimum, Maximum) = (minimum, maximum);
    }

    public double Minimum { get; }

    public double Maximum { get; }

    public override double Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Minimum + (random.NextDouble() * (Maximum - Minimum));
    }
}
