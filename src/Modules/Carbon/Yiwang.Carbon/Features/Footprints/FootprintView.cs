using Yiwang.Carbon.Data;
using Yiwang.Carbon.Domain.Footprints;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>The API shape of one footprint: who, what, when, the full result and its data-quality assessment.</summary>
internal sealed record FootprintView(
    Guid Id, string OwnerUscc, string OwnerName, string ProductName, string TemplateId, int ReferenceYear, DateTime CreatedAtUtc, FootprintResult Result,
    DataQualityReport DataQuality)
{
    public static FootprintView Of(FootprintRecord r, FootprintResult result) =>
        new(r.Id, r.OwnerUscc, r.OwnerName, r.ProductName, r.TemplateId, r.ReferenceYear, r.CreatedAtUtc, result, FootprintHandler.ReadDataQuality(r, result));
}
