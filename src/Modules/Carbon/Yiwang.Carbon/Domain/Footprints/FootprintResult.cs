using Yiwang.Carbon.Domain.Templates;

namespace Yiwang.Carbon.Domain.Footprints;

/// <summary>
/// A computed product carbon footprint with everything a GB/T 24067 report and a PACT CarbonFootprint need: totals
/// (fossil and biogenic apart), stages, process contributions, the factors and parameter values used, and the
/// explanations of how it was solved. Stored as JSON with the footprint so a report shows what was computed then,
/// even after the factor set or the template moves on.
/// </summary>
internal sealed record FootprintResult(
    string TemplateId, string TemplateVersion, string FactorSetVersion, string Characterization, Text DeclaredUnit, string Boundary,
    double TotalKgCo2e, double FossilKgCo2e, double BiogenicKgCo2e, double CradleToGateKgCo2e, double PrimaryDataShare,
    IReadOnlyList<GasShare> ByGas, IReadOnlyList<StageShare> ByStage, IReadOnlyList<ProcessShare> ByProcess,
    IReadOnlyList<UsedFactor> Factors, IReadOnlyDictionary<string, double> Parameters, IReadOnlyList<string> Explanations,
    UncertaintyResult? Uncertainty = null);

/// <param name="Kg">Mass of the gas emitted; <paramref name="KgCo2e"/> after GWP100.</param>
internal sealed record GasShare(string Gas, string Zh, string En, double Gwp100, double Kg, double KgCo2e, bool Biogenic);

internal sealed record StageShare(string Stage, string Zh, string En, double KgCo2e, double Share);

internal sealed record ProcessShare(string Zh, string En, string Stage, double KgCo2e, double Share, bool Primary, string Kind, string? Reference);

internal sealed record UsedFactor(string Key, string Zh, string En, double Value, string Gas, string Unit, string Source, string Confidence);
