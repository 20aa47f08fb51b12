using System.Collections.Concurrent;
using System.Globalization;

namespace Yiwang.Kernel.Calendar;

/// <summary>
/// The public holidays that 《全国年节及纪念日放假办法》 (2024-11-10 revision, in force 2025-01-01) fixes by law, for a year
/// whose State Council arrangement notice is not loaded yet. 第二条 names the days (元旦 1月1日; 春节 除夕至正月初三; 清明
/// 当日; 劳动节 5月1日、2日; 端午、中秋 当日; 国庆 10月1日至3日); 第六条 gives a day in lieu on the next working day for each
/// of them that falls on a Saturday or Sunday. What only the yearly notice decides — bridging days and make-up working
/// days (第七条) — is unknown here, which is why deadlines counted on these days are provisional
/// (shared/reference/arrears-regulation.md §5.1).
/// </summary>
internal static class StatutoryHolidays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, string>> Cache = new();
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>The days off of <paramref name="year"/> by the law alone, with the holiday's name.</summary>
    public static IReadOnlyDictionary<DateOnly, string> Of(int year) => Cache.GetOrAdd(year, Compute);

    private static Dictionary<DateOnly, string> Compute(int year)
    {
        // The lunar calendar .NET ships runs 1901–2100; no deadline reaches beyond it, so outside it there are no holidays.
        if (year <= Lunar.MinSupportedDateTime.Year || year >= Lunar.MaxSupportedDateTime.Year) return [];
        var newYear = LunarDate(year, 1, 1);
        List<(string Name, DateOnly First, int Days)> blocks =
        [
            ("元旦", new DateOnly(year, 1, 1), 1),
            ("春节", newYear.AddDays(-1), 4),
            ("清明节", new DateOnly(year, 4, QingmingDay(year)), 1),
            ("劳动节", new DateOnly(year, 5, 1), 2),
            ("端午节", LunarDate(year, 5, 5), 1),
            ("中秋节", LunarDate(year, 8, 15), 1),
            ("国庆节", new DateOnly(year, 10, 1), 3),
        ];
        var off = new Dictionary<DateOnly, string>();
        foreach (var (name, first, days) in blocks)
        {
            for (var i = 0; i < days; i++) off.TryAdd(first.AddDays(i), name);
        }

        foreach (var (name, first, days) in blocks.OrderBy(b => b.First))
        {
            var inLieu = Enumerable.Range(0, days).Count(i => IsWeekend(first.AddDays(i)));
            for (var date = first.AddDays(days); inLieu > 0; date = date.AddDays(1))
            {
                if (IsWeekend(date) || off.ContainsKey(date)) continue;
                off[date] = name + "（补假）";
                inLieu--;
            }
        }

        return off;
    }

    /// <summary>A day of the lunar calendar in the lunar year that starts in <paramref name="year"/>.</summary>
    private static DateOnly LunarDate(int year, int month, int day)
    {
        // ChineseLunisolarCalendar numbers a leap month as the month after its namesake, shifting the later ones by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>
    /// The 清明 solar term's day in April for 2001–2099 (the usual 寿星 formula: ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋, Y = year mod 100);
    /// it gives 4 for 2024 and 2025 and 5 for 2026 and 2027, as the notices have it.
    /// </summary>
    private static int QingmingDay(int year)
    {
        var y = year % 100;
        return (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
