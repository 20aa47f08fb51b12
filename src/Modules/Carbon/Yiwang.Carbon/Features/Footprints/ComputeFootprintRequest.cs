namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// Compute a footprint from a template. <paramref name="Suppliers"/> maps a template product (e.g. <c>alumina</c>) to
/// the id of a supplier footprint this enterprise imported. <paramref name="DataQuality"/> (optional) rates inputs by
/// their English name as the result lists them; inputs left out are reported as "not assessed".
/// </summary>
internal sealed record ComputeFootprintRequest(
    string? TemplateId, string? ProductName, int? ReferenceYear,
    Dictionary<string, double>? Parameters = null, Dictionary<string, string>? Factors = null, Dictionary<string, Guid>? Suppliers = null,
    Dictionary<string, DqrRating>? DataQuality = null);

internal sealed record FootprintSummary(Guid Id, string ProductName, string TemplateId, int ReferenceYear, double TotalKgCo2e, double CradleToGateKgCo2e, DateTime CreatedAtUtc);
