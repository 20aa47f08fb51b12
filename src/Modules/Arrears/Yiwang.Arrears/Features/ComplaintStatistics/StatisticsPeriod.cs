using Yiwang.Arrears.Features.ComplaintRollup;

namespace Yiwang.Arrears.Features.ComplaintStatistics;

/// <summary>
/// A submission-date range cut into what the monthly counts table answers (whole months, yyyyMM, <see cref="HasMonths"/>)
/// and the days at either end that it cannot (<see cref="Edges"/>, counted from the cases). 2026-03-10..2026-06-30 is
/// 10–31 March from the cases and April–June from the table. No range: every month, cases without a date included.
/// </summary>
internal sealed record StatisticsPeriod(int? FirstMonth, int? LastMonth, bool HasMonths, IReadOnlyList<(DateOnly From, DateOnly To)> Edges)
{
    public static StatisticsPeriod Of(DateOnly? from, DateOnly? to)
    {
        var edges = new List<(DateOnly, DateOnly)>();
        if (from is { } f && to is { } t && MonthStart(f) == MonthStart(t) && (f.Day != 1 || !IsMonthEnd(t)))
            return new(null, null, false, [(f, t)]);

        int? first = null, last = null;
        if (from is { } start)
        {
            if (start.Day == 1) first = CaseStatCells.Month(start);
            else
            {
                edges.Add((start, MonthStart(start).AddMonths(1).AddDays(-1)));
                first = CaseStatCells.Month(MonthStart(start).AddMonths(1));
            }
        }
        if (to is { } end)
        {
            if (IsMonthEnd(end)) last = CaseStatCells.Month(end);
            else
            {
                edges.Add((MonthStart(end), end));
                last = CaseStatCells.Month(MonthStart(end).AddMonths(-1));
            }
        }
        return new(first, last, first is null || last is null || first <= last, edges);
    }

    private static DateOnly MonthStart(DateOnly d) => new(d.Year, d.Month, 1);

    private static bool IsMonthEnd(DateOnly d) => d.AddDays(1).Day == 1;
}
