using Microsoft.EntityFrameworkCore;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Data;

/// <summary>
/// Loads the observations of the shipped data file into the database. Only missing (indicator, region, month) keys are
/// added, so a value an official has corrected is never put back, and a newer data file only adds what it adds.
/// </summary>
internal static class ReferenceSeed
{
    public const string Actor = "reference-data";

    public static async Task<int> EnsureAsync(IndicatorsDbContext db, IndicatorCatalogue catalogue, TimeProvider clock, CancellationToken ct)
    {
        var codes = catalogue.Observations.Select(o => o.Indicator).Distinct().ToArray();
        var regions = catalogue.Observations.Select(o => o.Region).Distinct().ToArray();
        var existing = (await db.Observations.AsNoTracking()
                .Where(o => codes.Contains(o.Indicator) && regions.Contains(o.Region))
                .Select(o => new { o.Indicator, o.Region, o.PeriodIndex }).ToListAsync(ct))
            .Select(k => (k.Indicator, k.Region, k.PeriodIndex)).ToHashSet();
        var now = clock.GetUtcNow();
        var reason = $"参考数据 {catalogue.Version} / reference data {catalogue.Version}";
        var added = 0;
        foreach (var o in catalogue.Observations.Where(o => !existing.Contains((o.Indicator, o.Region, o.Period.Index))))
        {
            var record = o.ToRecord(now, Actor);
            db.Observations.Add(record);
            db.Revisions.Add(record.Snapshot("seed", reason));
            added++;
        }

        if (added > 0) await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        // Formula values (per-10,000-people ratios, shares) for every region with inputs; a no-op when nothing changed.
        added += await DerivedRecompute.ApplyAllAsync(db, catalogue, now, ct);
        db.ChangeTracker.Clear();
        return added;
    }
}
