using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Codes;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// Dashboard figures computed in the database with GROUP BY, never by loading cases: one grouped scan for status ×
/// respondent type × region with amounts, day-count histograms for the medians, two counts over the running-deadline
/// index and two grouped month counts. Cases are placed by the respondent's region (属地管理, where the debt is owed);
/// who may see which case is <see cref="ComplaintAccess.Visible"/>, as in the lists.
/// </summary>
/// <remarks>
/// SQLite can neither SUM decimals nor translate date arithmetic well, so amounts are summed as double (rounded back to
/// fen, exact well beyond the platform's totals) and day counts use <see cref="DateOnly.DayNumber"/>.
/// </remarks>
internal sealed class ComplaintStatisticsService(ArrearsDbContext db, TimeProvider clock, IWorkCalendarSource calendars)
{
    public const int TrendMonths = 12;

    public async Task<ComplaintStatistics> ComputeAsync(StatisticsRequest request, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = CaseActor.ChinaDate(clock.GetUtcNow());
        var visible = db.Cases.AsNoTracking().Visible(request.Scope(userId));
        var cases = visible;
        if (request.From is { } from) cases = cases.Where(c => c.SubmittedOn >= from);
        if (request.To is { } to) cases = cases.Where(c => c.SubmittedOn <= to);

        var (subLength, subLevel) = SubRegion(request.Region);
        var groups = await cases
            .GroupBy(c => new { c.Status, c.RespondentType, Region = c.RespondentRegion.Substring(0, subLength) })
            .Select(g => new Group(g.Key.Status, g.Key.RespondentType, g.Key.Region, g.Count(),
                g.Sum(c => (double)c.AmountOwedYuan), g.Sum(c => (double)(c.RecoveredYuan ?? 0m))))
            .ToListAsync(ct);

        var acceptance = await HistogramAsync(cases.Where(c => c.AcceptedOn != null && c.SubmittedOn != null)
            .Select(c => c.AcceptedOn!.Value.DayNumber - c.SubmittedOn!.Value.DayNumber), ct);
        var handling = await HistogramAsync(cases.Where(c => c.ResolvedOn != null && c.ForwardedOn != null)
            .Select(c => c.ResolvedOn!.Value.DayNumber - c.ForwardedOn!.Value.DayNumber), ct);

        var soonLimit = DeadlineSweep.DueSoonLimit(calendars.Current, today);
        var overdue = await cases.CountAsync(c => c.Deadlines.Any(d => d.MetOn == null && d.DueOn < today), ct);
        var dueSoon = await cases.CountAsync(c => c.Deadlines.Any(d => d.MetOn == null && d.DueOn >= today && d.DueOn <= soonLimit), ct);
        var monthly = await MonthlyAsync(visible, request.To ?? today, ct);

        return new ComplaintStatistics(request.Region.Value, RegionName(request.Region.Value), subLevel, today, request.From, request.To,
            groups.Sum(g => g.Count), Yuan(groups.Sum(g => g.Claimed)), Yuan(groups.Sum(g => g.Recovered)),
            Rows(groups, g => g.Status.ToString(), k => StatusText(k)),
            Rows(groups, g => g.Region[..2] + "0000", k => (RegionName(k), RegionName(k))),
            Rows(groups, g => g.Region.PadRight(6, '0'), k => (RegionName(k), RegionName(k))),
            Rows(groups, g => g.RespondentType.ToString(), k => TypeText(k)),
            acceptance, handling, overdue, dueSoon, monthly);
    }

    /// <summary>Filed and concluded per month for the twelve months ending with <paramref name="last"/>'s month.</summary>
    private static async Task<IReadOnlyList<MonthStat>> MonthlyAsync(IQueryable<ComplaintCase> cases, DateOnly last, CancellationToken ct)
    {
        var first = new DateOnly(last.Year, last.Month, 1).AddMonths(-(TrendMonths - 1));
        var end = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        var filed = await cases.Where(c => c.SubmittedOn >= first && c.SubmittedOn <= end)
            .GroupBy(c => new { c.SubmittedOn!.Value.Year, c.SubmittedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        var closed = await cases.Where(c => c.ClosedOn >= first && c.ClosedOn <= end)
            .GroupBy(c => new { c.ClosedOn!.Value.Year, c.ClosedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        return [.. Enumerable.Range(0, TrendMonths).Select(i => first.AddMonths(i)).Select(m => new MonthStat(
            $"{m.Year:D4}-{m.Month:D2}",
            filed.FirstOrDefault(f => f.Year == m.Year && f.Month == m.Month)?.Count ?? 0,
            closed.FirstOrDefault(f => f.Year == m.Year && f.Month == m.Month)?.Count ?? 0))];
    }

    /// <summary>Counts per whole number of days (a few hundred rows at most), from which median and mean are exact.</summary>
    private static async Task<DurationStat> HistogramAsync(IQueryable<int> days, CancellationToken ct)
    {
        var histogram = await days.GroupBy(d => d).Select(g => new { Days = g.Key, Count = g.Count() }).ToListAsync(ct);
        var n = histogram.Sum(h => h.Count);
        if (n == 0) return new DurationStat(0, null, null);
        var ordered = histogram.OrderBy(h => h.Days).ToList();
        double At(int index)
        {
            var seen = 0;
            foreach (var h in ordered)
            {
                seen += h.Count;
                if (index < seen) return h.Days;
            }
            return ordered[^1].Days;
        }
        var median = n % 2 == 1 ? At(n / 2) : (At(n / 2 - 1) + At(n / 2)) / 2;
        var average = Math.Round(ordered.Sum(h => (double)h.Days * h.Count) / n, 1);
        return new DurationStat(n, median, average);
    }

    private static List<StatRow> Rows(List<Group> groups, Func<Group, string> key, Func<string, (string Zh, string En)> label) =>
        [.. groups.GroupBy(key).Select(g => (Key: g.Key, Label: label(g.Key), Count: g.Sum(x => x.Count), Claimed: g.Sum(x => x.Claimed), Recovered: g.Sum(x => x.Recovered)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new StatRow(r.Key, r.Label.Zh, r.Label.En, r.Count, Yuan(r.Claimed), Yuan(r.Recovered)))];

    /// <summary>How many leading digits of the respondent's region the next level below <paramref name="region"/> uses.</summary>
    private static (int Length, string Level) SubRegion(RegionCode region) => region.Level switch
    {
        JurisdictionLevel.National => (2, "province"),
        JurisdictionLevel.Province => (4, "city"),
        _ => (6, "county"),
    };

    public static string RegionName(string code) =>
        code == RegionCode.National.Value ? "全国" : RegionDirectory.Default.Find(code)?.Name ?? code;

    public static (string Zh, string En) StatusText(string key)
    {
        var text = ComplaintText.Status(Enum.Parse<ComplaintStatus>(key));
        return (text.Zh, text.En);
    }

    public static (string Zh, string En) TypeText(string key)
    {
        var text = ComplaintText.Respondent(Enum.Parse<RespondentType>(key));
        return (text.Zh, text.En);
    }

    private static decimal Yuan(double value) => Math.Round((decimal)value, 2);

    private sealed record Group(ComplaintStatus Status, RespondentType RespondentType, string Region, int Count, double Claimed, double Recovered);
}
