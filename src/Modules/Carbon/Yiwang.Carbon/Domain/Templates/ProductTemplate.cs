namespace Yiwang.Carbon.Domain.Templates;

/// <summary>
/// A starter product model as data (Data/Templates/template-*.json): foreground processes with one output each,
/// inputs from other processes (<c>product</c>) or from the factor library (<c>factor</c>, or <c>$choice</c> for a
/// factor the enterprise picks, such as its grid), direct emissions by gas, and the parameters an enterprise
/// replaces with its own activity data. <see cref="Reference"/> holds the result the defaults must reproduce.
/// </summary>
internal sealed record ProductTemplate(
    string Id, string Version, string Zh, string En, string Standard, string Boundary, DeclaredUnitSpec DeclaredUnit, PactSpec Pact,
    TemplateMethodology Methodology, IReadOnlyList<Text> Assumptions, ReferenceResult Reference, IReadOnlyList<TemplateParameter> Parameters,
    IReadOnlyList<FactorChoice> FactorChoices, IReadOnlyList<TemplateProcess> Processes, IReadOnlyList<string>? Includes = null);

internal sealed record Text(string Zh, string En);

internal sealed record DeclaredUnitSpec(string Product, double Amount, string Unit, string Zh, string En);

/// <param name="UnitaryProductAmount">PACT declared units in one of our declared units (1 t = 1000 kilogram).</param>
internal sealed record PactSpec(string DeclaredUnit, double UnitaryProductAmount, string Cpc, string CpcConfidence);

internal sealed record TemplateMethodology(Text Allocation, Text CutOff, Text Electricity, Text DataQuality);

internal sealed record ReferenceResult(double KgCo2e, string Working, Plausibility? Plausibility = null);

internal sealed record Plausibility(double Min, double Max, string Zh, string En, string Confidence);

internal sealed record TemplateParameter(string Key, string Zh, string En, string Unit, double Default, double Min, double Max);

internal sealed record FactorChoice(string Key, string Zh, string En, string Default);

internal sealed record TemplateProcess(
    string Key, string Zh, string En, string Stage, ProcessOutput Output, IReadOnlyList<TemplateExchange>? Inputs = null, IReadOnlyList<TemplateExchange>? Emissions = null);

internal sealed record ProcessOutput(string Product, double Amount, string Unit);

/// <summary>An input (product or factor) or an emission (gas); the amount is multiplied by the parameter's value when one is named.</summary>
internal sealed record TemplateExchange(double Amount, string Unit, string? Product = null, string? Factor = null, string? Gas = null, string? Parameter = null, string? Stage = null);
