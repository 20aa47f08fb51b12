using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Indicators.Domain.Catalogue;

namespace Yiwang.Indicators.Data;

/// <summary>Reads the current observations; pages and endpoints go through here, never through the DbContext.</summary>
internal sealed class ObservationStore(IndicatorsDbContext db)
{
    public async Task<IReadOnlyList<Observation>> SeriesAsync(string code, string region, Period? from, Period? to, CancellationToken ct)
    {
        var query = db.Observations.AsNoTracking().Where(o => o.Indicator == code && o.Region == region);
        if (from is { } f) query = query.Where(o => o.PeriodIndex >= f.Index);
        if (to is { } t) query = query.Where(o => o.PeriodIndex <= t.Index);
        return [.. (await query.OrderBy(o => o.PeriodIndex).ToListAsync(ct)).Select(o => o.ToDomain())];
    }

    public Task<IReadOnlyList<Observation>> SeriesAsync(string code, string region, CancellationToken ct) => SeriesAsync(code, region, null, null, ct);

    /// <summary>
    /// The last <paramref name="perSeries"/> values (up to <paramref name="until"/>) of each listed series of one region,
    /// oldest first: enough for the latest value and for <see cref="Domain.Progress.ProgressCalculator"/>'s status (its
    /// trend window is the last <see cref="Domain.Progress.ProgressCalculator.TrendWindow"/> values of the current scope,
    /// always a suffix of the series). Two index seeks per series, so the dashboard costs the same with one year of
    /// history or thirty; only the columns the pages need are read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Observation>>> RecentAsync(string region, IReadOnlyList<string> codes, int perSeries,
        CancellationToken ct, Period? until = null)
    {
        var last = (until ?? new Period(9999, 12)).Index;
        var rows = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<RecentRow>($"""
                SELECT o."Indicator", o."PeriodIndex", o."Value", o."LowerBound", o."Status", o."Confidence", o."Source", o."Note", o."Revision"
                FROM unnest({codes.ToArray()}) AS c(code) CROSS JOIN LATERAL (
                    SELECT * FROM ind_observations WHERE "Indicator" = c.code AND "Region" = {region} AND "PeriodIndex" <= {last}
                    ORDER BY "PeriodIndex" DESC LIMIT {perSeries}) AS o
                """).ToListAsync(ct)
            // SQLite has no LATERAL: per code, seek the k-th latest month, then read the range from it (json_each lists the codes).
            : await db.Database.SqlQuery<RecentRow>($"""
                WITH codes(code) AS (SELECT value FROM json_each({JsonSerializer.Serialize(codes)}))
                SELECT o."Indicator", o."PeriodIndex", o."Value", o."LowerBound", o."Status", o."Confidence", o."Source", o."Note", o."Revision"
                FROM codes JOIN ind_observations o ON o."Indicator" = codes.code AND o."Region" = {region}
                WHERE o."PeriodIndex" <= {last} AND o."PeriodIndex" >= COALESCE((SELECT x."PeriodIndex" FROM ind_observations x
                    WHERE x."Indicator" = codes.code AND x."Region" = {region} AND x."PeriodIndex" <= {last}
                    ORDER BY x."PeriodIndex" DESC LIMIT 1 OFFSET {perSeries - 1}), 0)
                """).ToListAsync(ct);
        return rows.GroupBy(o => o.Indicator, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Observation>)[.. g.OrderBy(o => o.PeriodIndex).Select(o => new Observation(o.Indicator, region,
                Period.FromIndex(o.PeriodIndex), o.Value, ObservationMapping.ParseStatus(o.Status) ?? ObservationStatus.Reported, o.Confidence, o.Source,
                o.Note, o.LowerBound, o.Revision))], StringComparer.Ordinal);
    }

    /// <summary>
    /// Whole series of several indicators in one region, oldest first, for the area dashboards: one index range per code
    /// (Region, Indicator, PeriodIndex) and only the columns a chart and the progress need, so no entity materialisation.
    /// </summary>
    /// <param name="months">Only the last this many months up to the latest month of any of the series (null: everything).</param>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Observation>>> SeriesOfAsync(string region, IReadOnlyList<string> codes, int? months, CancellationToken ct)
    {
        var query = db.Observations.AsNoTracking().Where(o => o.Region == region && codes.Contains(o.Indicator));
        if (months is { } m && await query.MaxAsync(o => (int?)o.PeriodIndex, ct) is { } last)
            query = query.Where(o => o.PeriodIndex > last - m);
        var rows = await query
            .Select(o => new { o.Indicator, o.PeriodIndex, o.Value, o.LowerBound, o.Status, o.Revision }).ToListAsync(ct);
        return rows.GroupBy(o => o.Indicator, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => (IReadOnlyList<Observation>)[.. g.OrderBy(o => o.PeriodIndex).Select(o => new Observation(o.Indicator, region, Period.FromIndex(o.PeriodIndex),
                o.Value, ObservationMapping.ParseStatus(o.Status) ?? ObservationStatus.Reported, string.Empty, string.Empty, null, o.LowerBound, o.Revision))],
            StringComparer.Ordinal);
    }

    /// <summary>The latest months that have a value in the region, newest first.</summary>
    public async Task<IReadOnlyList<Period>> MonthsAsync(string region, int count, CancellationToken ct) =>
        [.. (await db.Observations.AsNoTracking().Where(o => o.Region == region).Select(o => o.PeriodIndex).Distinct()
            .OrderByDescending(i => i).Take(count).ToListAsync(ct)).Select(Period.FromIndex)];

    /// <summary>One indicator in one month in every region that reported it.</summary>
    public async Task<IReadOnlyList<Observation>> AcrossRegionsAsync(string code, Period period, CancellationToken ct) =>
        [.. (await db.Observations.AsNoTracking().Where(o => o.Indicator == code && o.PeriodIndex == period.Index)
            .ToListAsync(ct)).Select(o => o.ToDomain()).OrderBy(o => o.Region, StringComparer.Ordinal)];

    /// <summary>Months in which some province (not the national row) has a value for the indicator, latest first.</summary>
    public async Task<IReadOnlyList<Period>> ProvincialPeriodsAsync(string code, CancellationToken ct) =>
        [.. (await db.Observations.AsNoTracking().Where(o => o.Indicator == code && o.Region != IndicatorCatalogue.NationalRegion)
            .Select(o => o.PeriodIndex).Distinct().OrderByDescending(i => i).ToListAsync(ct)).Select(Period.FromIndex)];

    /// <summary>When an official last imported or corrected a value of the region (null: never), for the workbench.</summary>
    public async Task<DateTimeOffset?> LastOfficialChangeAsync(string region, CancellationToken ct)
    {
        var changes = db.Revisions.AsNoTracking().Where(r => r.Observation!.Region == region && (r.Origin == "import" || r.Origin == "edit"));
        // SQLite cannot order or aggregate DateTimeOffset columns in SQL; the official changes of one region are few.
        return db.Database.IsNpgsql()
            ? await changes.MaxAsync(r => (DateTimeOffset?)r.ChangedAt, ct)
            : (await changes.Select(r => r.ChangedAt).ToListAsync(ct)).Select(d => (DateTimeOffset?)d).Max();
    }

    /// <summary>How many indicators have at least one value for the region.</summary>
    public Task<int> IndicatorsWithDataAsync(string region, CancellationToken ct) =>
        db.Observations.AsNoTracking().Where(o => o.Region == region).Select(o => o.Indicator).Distinct().CountAsync(ct);

    /// <summary>Versions of a series' values, newest month and newest revision first.</summary>
    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(string code, string region, Period? period, CancellationToken ct)
    {
        var query = db.Revisions.AsNoTracking().Where(r => r.Observation!.Indicator == code && r.Observation.Region == region);
        // One month: its whole history; a whole series: only values that were ever changed, so the list stays short.
        query = period is { } p ? query.Where(r => r.Observation!.PeriodIndex == p.Index) : query.Where(r => r.Observation!.Revision > 1);
        var rows = await query.Select(r => new { r.Observation!.PeriodIndex, r.Revision, r.Value, r.Status, r.Source, r.ChangedAt, r.ChangedBy, r.Origin, r.Reason })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.PeriodIndex).ThenByDescending(r => r.Revision)
            .Select(r => new RevisionView(Period.FromIndex(r.PeriodIndex), r.Revision, r.Value, r.Status, r.Source, r.ChangedAt, r.ChangedBy, r.Origin, r.Reason))];
    }
}

/// <summary>The columns of <see cref="ObservationRecord"/> the dashboards read.</summary>
internal sealed class RecentRow
{
    public string Indicator { get; set; } = string.Empty;
    public int PeriodIndex { get; set; }
    public decimal Value { get; set; }
    public bool LowerBound { get; set; }
    public string Status { get; set; } = string.Empty;
    public string Confidence { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
    public string? Note { get; set; }
    public int Revision { get; set; }
}

internal sealed record RevisionView(Period Period, int Revision, decimal Value, string Status, string Source,
    DateTimeOffset ChangedAt, string ChangedBy, string Origin, string Reason);
