using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintRollup;

/// <param name="CasesRead">Non-draft cases counted from <c>arr_cases</c>.</param>
/// <param name="CellsExpected">Non-empty cells the cases make.</param>
/// <param name="CellsWrong">Cells whose stored counts differed from the recount (missing, extra or different).</param>
/// <param name="Fixed">Whether those differences were written back.</param>
internal sealed record CaseStatsReport(int CasesRead, int CellsExpected, int CellsStored, int CellsWrong, bool Fixed, double Seconds);

/// <summary>
/// Recounts every cell from the cases and compares with <c>arr_case_stats</c>; with <c>fix</c> it adds the difference
/// (which, on an empty table, is the backfill). Rows written around the platform — bulk loads, hand edits, a bug —
/// show up here as drift. The counts table is locked for the recount so no transition slips between the two reads.
/// </summary>
internal sealed class CaseStatsRebuild(ArrearsDbContext db, TimeProvider clock)
{
    public async Task<CaseStatsReport> RunAsync(bool fix, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // SQLite: the write transaction already excludes other writers. PostgreSQL: SHARE ROW EXCLUSIVE conflicts with
        // the ROW EXCLUSIVE lock every upsert takes, so a transition either committed before the recount (and is in it)
        // or adds its delta after this transaction commits.
        if (db is PostgresArrearsDbContext)
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"arr_case_stats\" IN SHARE ROW EXCLUSIVE MODE", ct);

        // One grain at a time: the cells of all four grains of 1 M cases (2.6 M) held at once took 2.7 GB; a grain is at most
        // about half of them. The cases are read once per grain (a streamed scan, cheap next to writing the cells).
        int cases = 0, expectedCells = 0, stored = 0, wrong = 0;
        foreach (var grain in CaseStatCells.Grains)
        {
            var expected = new Dictionary<CellKey, CellCount>();
            cases = 0;
            await foreach (var c in Facts().AsAsyncEnumerable().WithCancellation(ct))
            {
                cases++;
                foreach (var (key, count) in CaseStatCells.Of(c, grain)) CaseStatCells.Add(expected, key, count);
            }
            expectedCells += expected.Count(e => !e.Value.IsZero);

            var difference = expected;
            await foreach (var s in db.CaseStats.AsNoTracking().Where(s => s.Grain == grain && (s.Cases != 0 || s.ClaimedFen != 0 || s.RecoveredFen != 0))
                .AsAsyncEnumerable().WithCancellation(ct))
            {
                stored++;
                var key = new CellKey(s.Grain, s.Kind, s.AcceptingRegion, s.HandlingRegion, s.Month, s.Region, s.Status, s.RespondentType, s.Days);
                CaseStatCells.Add(difference, key, -new CellCount(s.Cases, s.ClaimedFen, s.RecoveredFen));
            }
            var wrongHere = difference.Count(d => !d.Value.IsZero);
            wrong += wrongHere;
            if (fix && wrongHere > 0) await CaseStatsWriter.ApplyAsync(db, difference, ct);
        }
        await transaction.CommitAsync(ct);
        return new CaseStatsReport(cases, expectedCells, stored, wrong, fix && wrong > 0,
            Math.Round(clock.GetElapsedTime(started).TotalSeconds, 2));
    }

    private IQueryable<CaseFacts> Facts() => db.Cases.AsNoTracking().Where(c => c.Status != ComplaintStatus.Draft)
        .Select(c => new CaseFacts(c.Status, c.RespondentType, c.RespondentRegion, c.AcceptingRegion, c.HandlingRegion,
            c.SubmittedOn, c.AcceptedOn, c.ForwardedOn, c.ResolvedOn, c.ClosedOn, c.AmountOwedYuan, c.RecoveredYuan));

    /// <summary>
    /// The backfill for databases that had cases before the counts table existed (run after migrating): an empty table
    /// beside non-draft cases is filled; otherwise nothing is read.
    /// </summary>
    public async Task<CaseStatsReport?> BackfillIfEmptyAsync(CancellationToken ct)
    {
        if (await db.CaseStats.AnyAsync(ct) || !await db.Cases.AnyAsync(c => c.Status != ComplaintStatus.Draft, ct)) return null;
        return await RunAsync(fix: true, ct);
    }
}
