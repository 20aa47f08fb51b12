using Microsoft.EntityFrameworkCore;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;

namespace Yiwang.Indicators.Features.CorrectObservation;

/// <summary>A correction of one stored value, with the reason the official gives for it.</summary>
internal sealed record CorrectionRequest(decimal? Value, string? Reason, string? Status, string? Source, string? Note, bool? LowerBound);

internal enum CorrectionOutcome { Corrected, Forbidden, NotFound, NoChange }

/// <summary>
/// Corrects a stored value by adding a revision: the current row moves on, the earlier revision rows stay as they were,
/// so "what did we publish in March" can always be answered.
/// </summary>
internal sealed class CorrectObservationHandler(IndicatorsDbContext db, IndicatorCatalogue catalogue, IAuditTrail audit, TimeProvider clock)
{
    public async Task<(CorrectionOutcome Outcome, Observation? Current)> CorrectAsync(
        string code, string region, Period period, CorrectionRequest request, ObservationStatus? status, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (!SeriesAccess.CanWrite(caller, region)) return (CorrectionOutcome.Forbidden, null);
        var record = await db.Observations.SingleOrDefaultAsync(o => o.Indicator == code && o.Region == region && o.PeriodIndex == period.Index, ct);
        if (record is null) return (CorrectionOutcome.NotFound, null);

        var before = record.ToDomain();
        var after = before with
        {
            Value = request.Value!.Value,
            Status = status ?? before.Status,
            Source = string.IsNullOrWhiteSpace(request.Source) ? before.Source : request.Source.Trim(),
            Note = request.Note is null ? before.Note : request.Note.Trim() is { Length: > 0 } n ? n : null,
            LowerBound = request.LowerBound ?? before.LowerBound,
            // The official who corrects a value vouches for it.
            Confidence = "official",
        };
        if (after == before) return (CorrectionOutcome.NoChange, before);

        ObservationChange.Apply(record, after, clock.GetUtcNow(), caller.UserId);
        db.Revisions.Add(record.Snapshot("edit", request.Reason!.Trim()));
        await db.SaveChangesAsync(ct);
        await DerivedRecompute.ApplyAsync(db, catalogue, [(code, region)], clock.GetUtcNow(), ct);
        await audit.RecordAsync(new AuditEvent("indicators.corrected", $"{code}/{region}/{period}", caller.UserId,
            $"revision={record.Revision};old={Data.CatalogueLoader.Format(before.Value)};new={Data.CatalogueLoader.Format(after.Value)}"), ct);
        return (CorrectionOutcome.Corrected, record.ToDomain());
    }
}
