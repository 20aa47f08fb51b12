using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Footprints;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>
/// The API shape of one footprint: who, what, when, the full result, its data-quality assessment and the biogenic
/// carbon declared for the product (kg C per declared unit, null when not declared).
/// </summary>
internal sealed record FootprintView(
    Guid Id, string OwnerUscc, string OwnerName, string ProductName, string TemplateId, int ReferenceYear, DateTime CreatedAtUtc, FootprintResult Result,
    DataQualityReport DataQuality, double? BiogenicCarbonContentKgC)
{
    public static FootprintView Of(FootprintRecord r, FootprintResult result) =>
        new(r.Id, r.OwnerUscc, r.OwnerName, r.ProductName, r.TemplateId, r.ReferenceYear, r.CreatedAtUtc, result, FootprintHandler.ReadDataQuality(r, result),
            r.BiogenicCarbonContentKgC);
}
