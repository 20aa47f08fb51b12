namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// Compute a footprint from a template. <paramref name="Suppliers"/> maps a template product (e.g. <c>alumina</c>) to
/// the id of a supplier footprint this enterprise imported.
/// </summary>
internal sealed record ComputeFootprintRequest(
    string? TemplateId, string? ProductName, int? ReferenceYear,
    Dictionary<string, double>? Parameters = null, Dictionary<string, string>? Factors = null, Dictionary<string, Guid>? Suppliers = null);

internal sealed record FootprintSummary(Guid Id, string ProductName, string TemplateId, int ReferenceYear, double TotalKgCo2e, double CradleToGateKgCo2e, DateTime CreatedAtUtc);
