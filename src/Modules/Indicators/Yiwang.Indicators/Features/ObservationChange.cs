using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Features;

/// <summary>Moves the current row to a new revision; the caller adds the matching <see cref="RevisionRecord"/>.</summary>
internal static class ObservationChange
{
    public static void Apply(ObservationRecord record, Observation value, DateTimeOffset at, string by)
    {
        record.Value = value.Value;
        record.LowerBound = value.LowerBound;
        record.Status = Wire.Name(value.Status);
        record.Confidence = value.Confidence;
        record.Source = value.Source;
        record.Note = value.Note;
        record.Revision++;
        record.UpdatedAt = at;
        record.UpdatedBy = by;
    }
}
