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
    public static async Task<StatTally> CountAsync(IQueryable<ComplaintCase> cases, int subLength, CancellationToken ct)
    {
        var tally = new StatTally();
        var groups = await cases
            .GroupBy(c => new { c.Status, c.RespondentType, Region = c.RespondentRegion.Substring(0, subLength) })
            .Select(g => new { g.Key.Status, g.Key.RespondentType, g.Key.Region, Count = g.Count(),
                Claimed = g.Sum(c => (double)c.AmountOwedYuan), Recovered = g.Sum(c => (double)(c.RecoveredYuan ?? 0m)) })
            .ToListAsync(ct);
        tally.Groups.AddRange(groups.Select(g => new StatGroup(g.Status, g.RespondentType, g.Region, g.Count, Yuan(g.Claimed), Yuan(g.Recovered))));

        foreach (var h in await Histogram(cases.Where(c => c.AcceptedOn != null && c.SubmittedOn != null)
            .Select(c => c.AcceptedOn!.Value.DayNumber - c.SubmittedOn!.Value.DayNumber), ct))
            tally.Acceptance[h.Days] = h.Count;
        foreach (var h in await Histogram(cases.Where(c => c.ResolvedOn != null && c.ForwardedOn != null)
            .Select(c => c.ResolvedOn!.Value.DayNumber - c.ForwardedOn!.Value.DayNumber), ct))
            tally.Handling[h.Days] = h.Count;
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

    private static async Task<List<(int Days, long Count)>> Histogram(IQueryable<int> days, CancellationToken ct) =>
        [.. (await days.GroupBy(d => d).Select(g => new { Days = g.Key, Count = g.Count() }).ToListAsync(ct)).Select(h => (h.Days, (long)h.Count))];

    private static decimal Yuan(double value) => Math.Round((decimal)value, 2);
}
