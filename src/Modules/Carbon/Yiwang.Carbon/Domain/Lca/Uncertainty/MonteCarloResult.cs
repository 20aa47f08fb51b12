namespace Yiwang.Carbon.Domain.Lca.Uncertainty;

/// <summary>
/// Monte Carlo impacts: every draw ([impact][iteration], in iteration order) and, per impact category, the mean and
/// the requested percentiles; with the seed and the explanation of how draws were made, so a run can be repeated.
/// </summary>
internal sealed record MonteCarloResult(
    int Seed,
    double[][] Samples,
    double[] Mean,
    IReadOnlyDictionary<double, double[]> Percentiles,
    IReadOnlyList<string> Explanations);
