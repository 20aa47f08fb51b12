namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// Compute a footprint from a template. <paramref name="Suppliers"/> maps a template product (e.g. <c>alumina</c>) to
/// the id of a supplier footprint this enterprise imported. <paramref name="DataQuality"/> (optional) rates inputs by
/// their English name as the result lists them; inputs left out are reported as "not assessed".
/// <paramref name="BiogenicCarbonContentKgC"/> (optional) is the biogenic carbon held in the product, kg C per the
/// template's declared unit (PACT <c>biogenicCarbonContent</c>); left out, the report says "not declared" and PACT gets 0.
/// </summary>
internal sealed record ComputeFootprintRequest(
    string? TemplateId, string? ProductName, int? ReferenceYear,
    Dictionary<string, double>? Parameters = null, Dictionary<string, string>? Factors = null, Dictionary<string, Guid>? Suppliers = null,
    Dictionary<string, DqrRating>? DataQuality = null, double? BiogenicCarbonContentKgC = null);

internal sealed record FootprintSummary(Guid Id, string ProductName, string TemplateId, int ReferenceYear, double TotalKgCo2e, double CradleToGateKgCo2e, DateTime CreatedAtUtc);
