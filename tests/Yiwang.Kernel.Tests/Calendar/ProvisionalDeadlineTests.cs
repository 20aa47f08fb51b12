using Yiwang.Kernel.Calendar;
using static Yiwang.Kernel.Tests.Calendar.WorkCalendarTests;

namespace Yiwang.Kernel.Tests.Calendar;

/// <summary>
/// Clocks that run into a year whose State Council notice is not loaded yet (December 2026 → 2027): the strict
/// calendar refuses, the provisional view counts Mon–Fri less the holidays fixed by law, and says so.
/// </summary>
public sealed class ProvisionalDeadlineTests
{
    private static readonly WorkCalendar Strict = WorkCalendar.Default;
    private static readonly WorkCalendar Provisional = WorkCalendar.Default.AssumingWeekdaysBeyondNotices();

    [Fact]
    public void Strict_calendar_still_refuses_a_year_without_a_notice()
    {
        var refused = Assert.Throws<CalendarNotCoveredException>(() => Strict.Deadline(D("2026-12-18"), StatutoryPeriods.ComplaintTransfer));
        Assert.Equal(2027, refused.Year);
    }

    [Fact]
    public void Provisional_view_never_guesses_a_past_year_whose_notice_was_simply_not_loaded()
    {
        var refused = Assert.Throws<CalendarNotCoveredException>(() => Provisional.Deadline(D("2023-12-20"), StatutoryPeriods.ComplaintTransfer));
        Assert.Equal(2023, refused.Year);
    }

    [Fact]
    public void Transfer_clock_from_18_December_skips_New_Years_Day_2027_and_is_marked_provisional()
    {
        // 9 working days are left in 2026 (12-21..25, 12-28..31); 2027-01-01 is 元旦 by law, 01-02/03 a weekend.
        var deadline = Provisional.Deadline(D("2026-12-18"), StatutoryPeriods.ComplaintTransfer);

        Assert.Equal(D("2027-01-04"), deadline.Date);
        Assert.True(deadline.IsProvisional);
        Assert.Equal([2027], deadline.AssumedYears);
        Assert.Contains(deadline.SkippedDays, d => d.Date == D("2027-01-01") && d.Kind == DayKind.Holiday && d.HolidayName == "元旦" && d.IsAssumed);
        Assert.Contains("【临时期限】2027", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("[Provisional]", deadline.Rule.En, StringComparison.Ordinal);
        Assert.True(CalendarDeadline.IsProvisionalRule(deadline.Rule.En));
        Assert.True(CalendarDeadline.IsProvisionalRule(deadline.Rule.Zh));
    }

    [Fact]
    public void Handling_period_ending_on_a_2027_weekday_is_provisional_and_one_ending_in_2026_is_final()
    {
        var into2027 = Provisional.Deadline(D("2026-12-05"), StatutoryPeriods.ComplaintHandling);
        Assert.Equal(D("2027-01-04"), into2027.Date); // nominal end 2027-01-04, a Monday
        Assert.True(into2027.IsProvisional);

        var within2026 = Provisional.Deadline(D("2026-11-27"), StatutoryPeriods.ComplaintHandling);
        var strict = Strict.Deadline(D("2026-11-27"), StatutoryPeriods.ComplaintHandling);
        Assert.False(within2026.IsProvisional);
        Assert.Equal(strict.Date, within2026.Date);
        Assert.Equal(strict.Rule, within2026.Rule);
        Assert.False(CalendarDeadline.IsProvisionalRule(strict.Rule.En));
    }

    [Fact]
    public void Nominal_end_on_a_2027_Saturday_moves_to_Monday_under_article_203()
    {
        var deadline = Provisional.Deadline(D("2026-12-03"), StatutoryPeriods.ComplaintHandling); // +30 = 2027-01-02, Saturday

        Assert.Equal(D("2027-01-04"), deadline.Date);
        Assert.Equal([D("2027-01-02"), D("2027-01-03")], deadline.SkippedDays.Select(d => d.Date));
        Assert.True(deadline.IsProvisional);
    }

    [Fact]
    public void Loading_the_years_notice_makes_the_same_clock_final_on_the_notice_dates()
    {
        // A notice that gives 2027-01-04 off as well (bridging): the final date moves to 01-05 and nothing is assumed.
        var notice = CalendarJson.Load(CalendarJson.File("2027",
            CalendarJson.Day("2027-01-01", off: true, "元旦") + ", " + CalendarJson.Day("2027-01-04", off: true, "元旦"), "test-2027"));
        var merged = Strict.Merge(notice).AssumingWeekdaysBeyondNotices();

        var deadline = merged.Deadline(D("2026-12-18"), StatutoryPeriods.ComplaintTransfer);

        Assert.Equal(D("2027-01-05"), deadline.Date);
        Assert.False(deadline.IsProvisional);
        Assert.DoesNotContain("临时期限", deadline.Rule.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Every_holiday_the_law_fixes_is_a_day_off_in_the_years_real_notice(int year)
    {
        // The 2024-11 revision of 放假办法 is in force from 2025; each notice must contain the law's days and days in lieu.
        var lawDays = StatutoryHolidays.Of(year);
        Assert.Equal(13, lawDays.Count(d => !d.Value.EndsWith("（补假）", StringComparison.Ordinal)));
        Assert.All(lawDays, day => Assert.Equal(DayKind.Holiday, Strict.KindOf(day.Key)));
    }

    [Fact]
    public void Spring_Festival_2027_falls_on_a_weekend_and_gets_two_days_in_lieu()
    {
        // 除夕 2027-02-05 (Fri), 正月初一 02-06 (Sat) to 初三 02-08 (Mon): two weekend days → 02-09 and 02-10 off (第六条).
        var days = StatutoryHolidays.Of(2027);

        Assert.Equal("春节", days[D("2027-02-05")]);
        Assert.Equal("春节", days[D("2027-02-08")]);
        Assert.Equal("春节（补假）", days[D("2027-02-09")]);
        Assert.Equal("春节（补假）", days[D("2027-02-10")]);
        Assert.False(days.ContainsKey(D("2027-02-11")));
        Assert.Equal("清明节", days[D("2027-04-05")]);
        Assert.Equal("端午节", days[D("2027-06-09")]);
        Assert.Equal("中秋节", days[D("2027-09-15")]);
        Assert.Equal(DayKind.Holiday, Provisional.KindOf(D("2027-02-09")));
        Assert.Equal(DayKind.Workday, Provisional.KindOf(D("2027-02-11")));
    }
}
