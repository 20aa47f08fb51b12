using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// The same figures as <see cref="DirectTally"/>, read from the counts table <c>arr_case_stats</c> (maintained with
/// every case transition, see <see cref="CaseStatCell"/>): a few thousand cells per request instead of up to every case.
/// An official of prefix P sees the cells of grain |P| whose accepting or handling region is P — the same cases
/// <see cref="ComplaintAccess.Visible"/> lets them list.
/// </summary>
internal sealed class RollupTally(ArrearsDbContext db, string prefix)
{
    private readonly short _grain = (short)prefix.Length;

    /// <summary>Submission months [first, last] (yyyyMM); null bounds are open, and then cases without a date count too.</summary>
    public async Task<StatTally> CountAsync(int? first, int? last, CancellationToken ct)
    {
        var tally = new StatTally();
        var groups = await Months(Cells(CaseStatKind.Cases), first, last)
            .GroupBy(x => new { x.Status, x.RespondentType, x.Region })
            .Select(g => new { g.Key.Status, g.Key.RespondentType, g.Key.Region, Count = g.Sum(x => x.Cases),
                Claimed = g.Sum(x => x.ClaimedFen), Recovered = g.Sum(x => x.RecoveredFen) })
            .ToListAsync(ct);
        tally.Groups.AddRange(groups.Where(g => g.Count != 0).Select(g => new StatGroup(Enum.Parse<ComplaintStatus>(g.Status),
            Enum.Parse<RespondentType>(g.RespondentType), g.Region, g.Count, g.Claimed / 100m, g.Recovered / 100m)));

        var days = await Months(Cells(CaseStatKind.AcceptanceDays, CaseStatKind.HandlingDays), first, last)
            .GroupBy(x => new { x.Kind, x.Days })
            .Select(g => new { g.Key.Kind, g.Key.Days, Count = g.Sum(x => x.Cases) })
            .ToListAsync(ct);
        foreach (var d in days.Where(d => d.Count != 0))
            (d.Kind == CaseStatKind.AcceptanceDays ? tally.Acceptance : tally.Handling)[d.Days] = d.Count;
        return tally;
    }

    /// <summary>Filed and concluded per yyyyMM within [first, last].</summary>
    public async Task<(Dictionary<int, long> Filed, Dictionary<int, long> Closed)> MonthlyAsync(int first, int last, CancellationToken ct)
    {
        var rows = await Cells(CaseStatKind.Cases, CaseStatKind.Concluded)
            .Where(x => x.Month >= first && x.Month <= last)
            .GroupBy(x => new { x.Kind, x.Month })
            .Select(g => new { g.Key.Kind, g.Key.Month, Count = g.Sum(x => x.Cases) })
            .ToListAsync(ct);
        return (rows.Where(r => r.Kind == CaseStatKind.Cases).ToDictionary(r => r.Month, r => r.Count),
            rows.Where(r => r.Kind == CaseStatKind.Concluded).ToDictionary(r => r.Month, r => r.Count));
    }

    private IQueryable<CaseStatCell> Cells(CaseStatKind kind, CaseStatKind? orKind = null)
    {
        var other = orKind ?? kind;
        var cells = db.CaseStats.AsNoTracking().Where(x => x.Grain == _grain && (x.Kind == kind || x.Kind == other));
        return prefix.Length == 0 ? cells : cells.Where(x => x.AcceptingRegion == prefix || x.HandlingRegion == prefix);
    }

    private static IQueryable<CaseStatCell> Months(IQueryable<CaseStatCell> cells, int? first, int? last)
    {
        if (first is null && last is null) return cells;
        var from = first ?? 1;
        var to = last ?? int.MaxValue;
        return cells.Where(x => x.Month >= from && x.Month <= to);
    }
}
