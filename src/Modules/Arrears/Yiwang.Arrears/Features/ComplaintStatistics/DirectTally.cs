using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// The figures counted straight from the cases with GROUP BY: used for the days at the edges of a date range that the
/// monthly counts table cannot split, and for everything when <c>Arrears:StatisticsSource</c> is <c>cases</c> (the
/// way the dashboard worked before the counts table; kept for comparison in the benchmark).
/// </summary>
/// <remarks>
/// SQLite can neither SUM decimals nor translate date arithmetic well, so amounts are summed as double (rounded back to
/// fen, exact well beyond the platform's totals) and day counts use <see cref="DateOnly.DayNumber"/>.
/// </remarks>
internal static class DirectTally
{
    /// <summary>
    /// One pass over the cases: grouped by status, respondent type, sub-region and the two day counts, so the groups
    /// and both histograms come from a single scan (the edge days of a dashboard range are up to ~60,000 cases
    /// nationally at 1 M; three scans of them were most of the request).
    /// </summary>
    public static async Task<StatTally> CountAsync(IQueryable<ComplaintCase> cases, int subLength, CancellationToken ct)
    {
        var rows = await cases
            .Select(c => new
            {
                c.Status, c.RespondentType, Region = c.RespondentRegion.Substring(0, subLength),
                Owed = (double)c.AmountOwedYuan, Recovered = (double)(c.RecoveredYuan ?? 0m),
                Acceptance = c.AcceptedOn != null && c.SubmittedOn != null ? c.AcceptedOn.Value.DayNumber - c.SubmittedOn.Value.DayNumber : (int?)null,
                Handling = c.ResolvedOn != null && c.ForwardedOn != null ? c.ResolvedOn.Value.DayNumber - c.ForwardedOn.Value.DayNumber : (int?)null,
            })
            .GroupBy(x => new { x.Status, x.RespondentType, x.Region, x.Acceptance, x.Handling })
            .Select(g => new { g.Key.Status, g.Key.RespondentType, g.Key.Region, g.Key.Acceptance, g.Key.Handling, Count = g.Count(),
                Claimed = g.Sum(x => x.Owed), Recovered = g.Sum(x => x.Recovered) })
            .ToListAsync(ct);

        var tally = new StatTally();
        tally.Groups.AddRange(rows.GroupBy(r => (r.Status, r.RespondentType, r.Region))
            .Select(g => new StatGroup(g.Key.Status, g.Key.RespondentType, g.Key.Region, g.Sum(r => (long)r.Count), Yuan(g.Sum(r => r.Claimed)), Yuan(g.Sum(r => r.Recovered)))));
        foreach (var r in rows)
        {
            if (r.Acceptance is { } accepted) tally.Acceptance[accepted] = tally.Acceptance.GetValueOrDefault(accepted) + r.Count;
            if (r.Handling is { } handled) tally.Handling[handled] = tally.Handling.GetValueOrDefault(handled) + r.Count;
        }
        return tally;
    }

    /// <summary>Filed (by submission month) and concluded (by closing month) per yyyyMM within [first, end].</summary>
    public static async Task<(Dictionary<int, long> Filed, Dictionary<int, long> Closed)> MonthlyAsync(IQueryable<ComplaintCase> cases,
        DateOnly first, DateOnly end, CancellationToken ct)
    {
        var filed = await cases.Where(c => c.SubmittedOn >= first && c.SubmittedOn <= end)
            .GroupBy(c => new { c.SubmittedOn!.Value.Year, c.SubmittedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var closed = await cases.Where(c => c.ClosedOn >= first && c.ClosedOn <= end)
            .GroupBy(c => new { c.ClosedOn!.Value.Year, c.ClosedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        return (filed.ToDictionary(f => f.Year * 100 + f.Month, f => (long)f.Count), closed.ToDictionary(f => f.Year * 100 + f.Month, f => (long)f.Count));
    }

    private static decimal Yuan(double value) => Math.Round((decimal)value, 2);
}
