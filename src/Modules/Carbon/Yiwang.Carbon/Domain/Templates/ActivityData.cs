namespace Yiwang.Carbon.Domain.Templates;

/// <summary>
/// What an enterprise brings to a template: its own values for the template's parameters (primary data), its choice
/// of factor where the template offers one (e.g. a regional grid), and suppliers' declared footprints that replace
/// the template's own process for a product (a PACT footprint for its alumina, say).
/// </summary>
internal sealed record ActivityData(
    IReadOnlyDictionary<string, double>? Parameters = null,
    IReadOnlyDictionary<string, string>? Factors = null,
    IReadOnlyDictionary<string, SupplierInput>? Suppliers = null)
{
    public static ActivityData Defaults { get; } = new();
}

/// <summary>A supplier's footprint: kg CO2e (excluding biogenic) per one <paramref name="Unit"/> of the product.</summary>
internal sealed record SupplierInput(string Zh, string En, double KgCo2ePerUnit, string Unit, string Reference);
