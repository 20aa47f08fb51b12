using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Indicators.Features;

namespace Yiwang.Indicators.Data;

internal static class ObservationMapping
{
    public static Observation ToDomain(this ObservationRecord r) =>
        new(r.Indicator, r.Region, Period.FromIndex(r.PeriodIndex), r.Value, ParseStatus(r.Status) ?? ObservationStatus.Reported,
            r.Confidence, r.Source, r.Note, r.LowerBound, r.Revision);

    public static ObservationStatus? ParseStatus(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        // the wire names, the words statistics offices write, and the labels the CSV export writes (so it imports again)
        "reported" or "公布" or "发布" or "公布值" or "published" => ObservationStatus.Reported,
        "derived" or "推算" or "推算值" or "worked out" => ObservationStatus.Derived,
        "estimated" or "估计" or "预计" or "预计值" or "estimate" => ObservationStatus.Estimated,
        _ => null,
    };

    /// <summary>Copies the value fields of the current row into a new revision row.</summary>
    public static RevisionRecord Snapshot(this ObservationRecord r, string origin, string reason) => new()
    {
        Observation = r, Revision = r.Revision, Value = r.Value, LowerBound = r.LowerBound, Status = r.Status,
        Confidence = r.Confidence, Source = r.Source, Note = r.Note, ChangedAt = r.UpdatedAt, ChangedBy = r.UpdatedBy,
        Origin = origin, Reason = reason,
    };

    public static ObservationRecord ToRecord(this Observation o, DateTimeOffset at, string by) => new()
    {
        Indicator = o.Indicator, Region = o.Region, PeriodIndex = o.Period.Index, Value = o.Value, LowerBound = o.LowerBound,
        Status = Wire.Name(o.Status), Confidence = o.Confidence, Source = o.Source, Note = o.Note, Revision = 1, UpdatedAt = at, UpdatedBy = by,
    };
}
