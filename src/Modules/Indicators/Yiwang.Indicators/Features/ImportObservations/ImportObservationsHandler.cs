using Microsoft.EntityFrameworkCore;
using Yiwang.Indicators.Data;
using Yiwang.Indicators.Domain.Catalogue;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Features.ImportObservations;

/// <summary>
/// Imports observations from a statistics file. Good rows are written and bad rows reported, but a file that touches a
/// series the caller does not own is refused as a whole: a partial import of someone else's statistics is never right.
/// A value that differs from the stored one becomes a new revision; the old value stays in the history.
/// </summary>
internal sealed class ImportObservationsHandler(IndicatorsDbContext db, IndicatorCatalogue catalogue, IAuditTrail audit, TimeProvider clock)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxRows = 50_000;

    public async Task<ImportResult> ImportAsync(byte[] content, string fileName, string? reason, CallerScope caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var rows = ObservationFileReader.Read(content, fileName);
        if (rows.Count > MaxRows)
            throw new ImportFileException(new($"行数过多（上限 {MaxRows} 行）", $"Too many rows (limit {MaxRows})"));

        var issues = new List<RowIssue>();
        var accepted = new List<(ImportRow Row, Observation Value)>();
        var firstLine = new Dictionary<(string, string, Period), int>();
        foreach (var row in rows)
        {
            if (ImportRowParser.Parse(row, catalogue, out var issue) is not { } o)
            {
                issues.Add(issue!);
                continue;
            }

            if (!firstLine.TryAdd((o.Indicator, o.Region, o.Period), row.Line))
            {
                var first = firstLine[(o.Indicator, o.Region, o.Period)];
                issues.Add(new RowIssue(row.Line, ImportColumns.Period, new Bilingual(
                    $"同一指标、地区和期别重复（首次出现在第{first}行）", $"Duplicate period for this indicator and region (first on line {first})"), row.Original));
                continue;
            }

            accepted.Add((row, o));
        }

        var forbidden = accepted.Where(a => !SeriesAccess.CanWrite(caller, a.Value.Region)).Select(a => a.Row.Line).ToList();
        if (forbidden.Count > 0 || !SeriesAccess.OwnsAnySeries(caller)) return new ImportResult(null, forbidden);

        var why = string.IsNullOrWhiteSpace(reason) ? $"导入 {Shorten(fileName, 200)} / import of {Shorten(fileName, 200)}" : Shorten(reason.Trim(), 500);
        var (added, revised, unchanged, warnings) = await WriteAsync(accepted, why, caller, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        // Formula indicators over the imported series (a new population or base-station count moves the per-10,000 ratio).
        await DerivedRecompute.ApplyAsync(db, catalogue, accepted.Select(a => (a.Value.Indicator, a.Value.Region)), clock.GetUtcNow(), ct);
        db.ChangeTracker.Clear();
        await audit.RecordAsync(new AuditEvent("indicators.imported", Shorten(fileName, 100), caller.UserId,
            $"added={added};revised={revised};unchanged={unchanged};rejected={issues.Count};warnings={warnings.Count}"), ct);
        return new ImportResult(new ImportReport(added, revised, unchanged, issues.Count,
            [.. issues.Take(ImportReport.MaxListed).Select(ImportProblem.From)], [.. warnings.Take(ImportReport.MaxListed).Select(ImportProblem.From)]), []);
    }

    private async Task<(int Added, int Revised, int Unchanged, List<RowIssue> Warnings)> WriteAsync(
        List<(ImportRow Row, Observation Value)> accepted, string reason, CallerScope caller, CancellationToken ct)
    {
        int added = 0, revised = 0, unchanged = 0;
        var warnings = new List<RowIssue>();
        var now = clock.GetUtcNow();
        foreach (var series in accepted.GroupBy(a => (a.Value.Indicator, a.Value.Region)))
        {
            var (code, region) = series.Key;
            var stored = await db.Observations.Where(o => o.Indicator == code && o.Region == region).ToDictionaryAsync(o => o.PeriodIndex, ct);
            foreach (var (_, o) in series)
            {
                if (!stored.TryGetValue(o.Period.Index, out var record))
                {
                    record = o.ToRecord(now, caller.UserId);
                    db.Observations.Add(record);
                    stored[o.Period.Index] = record;
                    db.Revisions.Add(record.Snapshot("import", reason));
                    added++;
                }
                else if (Differs(record, o))
                {
                    ObservationChange.Apply(record, o, now, caller.UserId);
                    db.Revisions.Add(record.Snapshot("import", reason));
                    revised++;
                }
                else
                {
                    unchanged++;
                }
            }

            warnings.AddRange(Jumps(catalogue.Find(code)!, stored.Values, series.ToList()));
        }

        return (added, revised, unchanged, warnings);
    }

    /// <summary>Each imported value against its neighbours in the merged series (stored values plus this file).</summary>
    private static IEnumerable<RowIssue> Jumps(Indicator indicator, IEnumerable<ObservationRecord> merged, List<(ImportRow Row, Observation Value)> imported)
    {
        var ordered = merged.OrderBy(r => r.PeriodIndex).Select(r => r.ToDomain()).ToList();
        var position = ordered.Select((o, i) => (o.Period, i)).ToDictionary(x => x.Period, x => x.i);
        foreach (var (row, o) in imported)
        {
            var i = position[o.Period];
            var message = (i > 0 ? JumpCheck.Describe(indicator, ordered[i - 1], ordered[i]) : null)
                ?? (i + 1 < ordered.Count ? JumpCheck.Describe(indicator, ordered[i], ordered[i + 1]) : null);
            if (message is { } m) yield return new RowIssue(row.Line, ImportColumns.Value, m, row.Original);
        }
    }

    private static bool Differs(ObservationRecord r, Observation o) =>
        r.Value != o.Value || r.LowerBound != o.LowerBound || r.Status != Wire.Name(o.Status) || r.Confidence != o.Confidence
        || r.Source != o.Source || r.Note != o.Note;

    private static string Shorten(string text, int max) => text.Length > max ? text[..max] : text;
}
