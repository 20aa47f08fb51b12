using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// Dashboard figures. Counts, amounts, durations and the monthly trend come from the counts table
/// <c>arr_case_stats</c> (<see cref="RollupTally"/>), kept with every case transition, so a request reads a few thousand
/// cells whatever the number of cases; only the days at the edges of a date range that is not whole months, and the
/// two deadline counts (which depend on today; from a shared list of running clocks, see <see cref="DeadlineCountsAsync"/>), read the cases. Cases are placed by the respondent's region (属地管理,
/// where the debt is owed); who may see which case is <see cref="ComplaintAccess.Visible"/>, as in the lists.
/// <c>Arrears:StatisticsSource = cases</c> counts everything from the cases instead (the earlier way, for comparison).
/// </summary>
internal sealed class ComplaintStatisticsService(ArrearsDbContext db, TimeProvider clock, IWorkCalendarSource calendars, IConfiguration configuration,
    RunningClockSnapshot runningClocks)
{
    public const int TrendMonths = 12;

    private bool Direct => string.Equals(configuration["Arrears:StatisticsSource"], "cases", StringComparison.OrdinalIgnoreCase);

    public async Task<ComplaintStatistics> ComputeAsync(StatisticsRequest request, string userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = CaseActor.ChinaDate(clock.GetUtcNow());
        var scope = request.Scope(userId);
        var visible = db.Cases.AsNoTracking().Visible(scope);
        var (subLength, subLevel) = SubRegion(request.Region);
        var rollup = new RollupTally(db, scope.RegionPrefix ?? string.Empty);

        var tally = new StatTally();
        if (Direct) tally.Add(await DirectTally.CountAsync(Between(visible, request.From, request.To), subLength, ct));
        else
        {
            var period = StatisticsPeriod.Of(request.From, request.To);
            if (period.HasMonths) tally.Add(await rollup.CountAsync(period.FirstMonth, period.LastMonth, ct));
            foreach (var (from, to) in period.Edges) tally.Add(await DirectTally.CountAsync(Between(visible, from, to), subLength, ct));
        }

        var (overdue, dueSoon) = await DeadlineCountsAsync(Between(visible, request.From, request.To), scope.RegionPrefix, request, today, ct);

        var last = request.To ?? today;
        var firstMonth = new DateOnly(last.Year, last.Month, 1).AddMonths(-(TrendMonths - 1));
        var (filed, closed) = Direct
            ? await DirectTally.MonthlyAsync(visible, firstMonth, firstMonth.AddMonths(TrendMonths).AddDays(-1), ct)
            : await rollup.MonthlyAsync(Month(firstMonth), Month(last), ct);
        var monthly = Enumerable.Range(0, TrendMonths).Select(i => firstMonth.AddMonths(i)).Select(m => new MonthStat(
            $"{m.Year:D4}-{m.Month:D2}", (int)filed.GetValueOrDefault(Month(m)), (int)closed.GetValueOrDefault(Month(m)))).ToList();

        var groups = tally.Groups;
        return new ComplaintStatistics(request.Region.Value, RegionName(request.Region.Value), subLevel, today, request.From, request.To,
            (int)groups.Sum(g => g.Count), Yuan(groups.Sum(g => g.Claimed)), Yuan(groups.Sum(g => g.Recovered)),
            Rows(groups, g => g.Status.ToString(), k => StatusText(k)),
            Rows(groups, g => g.Region[..2] + "0000", k => (RegionName(k), RegionName(k))),
            Rows(groups, g => g.Region.PadRight(6, '0'), k => (RegionName(k), RegionName(k))),
            Rows(groups, g => g.RespondentType.ToString(), k => TypeText(k)),
            StatTally.Duration(tally.Acceptance), StatTally.Duration(tally.Handling), overdue, dueSoon, monthly);
    }

    /// <summary>
    /// Cases with a running clock past due, and due within <see cref="DeadlineSweep.DueSoonLimit"/>. These depend on today,
    /// so the counts table cannot hold them. They come from the shared list of running clocks
    /// (<see cref="RunningClockSnapshot"/>), reloaded in the background when older than
    /// <c>Arrears:DeadlineCountsCacheSeconds</c> (default 60): the deadline figures on the dashboard may be up to a minute
    /// or two old, all the others are live. 0 counts them in SQL on every request (exact, ≈ 0.4 s per request on 1 M cases).
    /// </summary>
    private async Task<(int Overdue, int DueSoon)> DeadlineCountsAsync(IQueryable<ComplaintCase> cases, string? prefix, StatisticsRequest request,
        DateOnly today, CancellationToken ct)
    {
        var seconds = Direct ? 0 : configuration.GetValue("Arrears:DeadlineCountsCacheSeconds", 60);
        var soonLimit = DeadlineSweep.DueSoonLimit(calendars.Current, today);
        if (seconds > 0)
        {
            var running = await runningClocks.GetAsync(TimeSpan.FromSeconds(seconds), ct);
            return running.CountFor(prefix ?? string.Empty, request.From, request.To, today, soonLimit);
        }

        var overdue = await cases.CountAsync(c => c.Deadlines.Any(d => d.MetOn == null && d.DueOn < today), ct);
        var dueSoon = await cases.CountAsync(c => c.Deadlines.Any(d => d.MetOn == null && d.DueOn >= today && d.DueOn <= soonLimit), ct);
        return (overdue, dueSoon);
    }

    private static IQueryable<ComplaintCase> Between(IQueryable<ComplaintCase> cases, DateOnly? from, DateOnly? to)
    {
        if (from is { } f) cases = cases.Where(c => c.SubmittedOn >= f);
        if (to is { } t) cases = cases.Where(c => c.SubmittedOn <= t);
        return cases;
    }

    private static int Month(DateOnly d) => d.Year * 100 + d.Month;

    private static List<StatRow> Rows(List<StatGroup> groups, Func<StatGroup, string> key, Func<string, (string Zh, string En)> label) =>
        [.. groups.GroupBy(key).Select(g => (Key: g.Key, Label: label(g.Key), Count: g.Sum(x => x.Count), Claimed: g.Sum(x => x.Claimed), Recovered: g.Sum(x => x.Recovered)))
            .Where(r => r.Count != 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new StatRow(r.Key, r.Label.Zh, r.Label.En, (int)r.Count, Yuan(r.Claimed), Yuan(r.Recovered)))];

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
        var text = Labels.Of(Enum.Parse<ComplaintStatus>(key));
        return (text.Zh, text.En);
    }

    public static (string Zh, string En) TypeText(string key)
    {
        var text = Labels.Of(Enum.Parse<RespondentType>(key));
        return (text.Zh, text.En);
    }

    private static decimal Yuan(decimal value) => Math.Round(value, 2);
}
