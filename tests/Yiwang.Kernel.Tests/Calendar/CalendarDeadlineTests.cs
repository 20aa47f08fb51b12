using Yiwang.Kernel.Calendar;
using static Yiwang.Kernel.Tests.Calendar.WorkCalendarTests;

namespace Yiwang.Kernel.Tests.Calendar;

public sealed class CalendarDeadlineTests
{
    private static readonly WorkCalendar Calendar = WorkCalendar.Default;

    [Fact]
    public void Transfer_deadline_cites_article_25_and_lists_what_was_skipped_and_counted()
    {
        var deadline = Calendar.Deadline(D("2025-09-26"), StatutoryPeriods.ComplaintTransfer);

        Assert.Equal(D("2025-10-16"), deadline.Date);
        Assert.Equal(PeriodUnit.WorkingDays, deadline.Unit);
        Assert.Equal(10, deadline.Days);
        Assert.Equal(Calendar.Version, deadline.CalendarVersion);
        Assert.Equal([D("2025-09-28"), D("2025-10-11")], deadline.MakeUpWorkdays.Select(d => d.Date));
        Assert.Equal([D("2025-09-27"), .. Enumerable.Range(1, 8).Select(i => new DateOnly(2025, 10, i)), D("2025-10-12")], deadline.SkippedDays.Select(d => d.Date));
        Assert.Contains("第二十五条第一款", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("第二百零一条", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("Art. 25(1)", deadline.Rule.En, StringComparison.Ordinal);
        Assert.Contains(Calendar.Version, deadline.Rule.En, StringComparison.Ordinal);
        Assert.Equal(StatutoryPeriods.ComplaintTransfer.Basis, deadline.Basis);
    }

    [Fact]
    public void Handling_deadline_moved_off_a_sunday_cites_article_203()
    {
        var deadline = Calendar.Deadline(D("2025-09-26"), StatutoryPeriods.ComplaintHandling);

        Assert.Equal(D("2025-10-27"), deadline.Date);
        Assert.Equal([D("2025-10-26")], deadline.SkippedDays.Select(d => d.Date));
        Assert.Empty(deadline.MakeUpWorkdays);
        Assert.Contains("第二十五条第二款", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("2025-10-26", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("第二百零三条", deadline.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("Civil Code Art. 203", deadline.Rule.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Handling_cap_is_ninety_days()
    {
        var deadline = Calendar.Deadline(D("2025-09-26"), StatutoryPeriods.ComplaintHandlingCap);
        Assert.Equal(D("2025-12-25"), deadline.Date);
        Assert.Empty(deadline.SkippedDays);
        Assert.Contains("不顺延", deadline.Rule.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_ending_in_a_holiday_names_it_and_one_ending_on_a_make_up_day_says_it_is_not_moved()
    {
        var holiday = Calendar.Deadline(D("2025-09-26"), 5, PeriodUnit.CalendarDays);
        Assert.Equal(D("2025-10-09"), holiday.Date);
        Assert.Equal(8, holiday.SkippedDays.Count);
        Assert.Null(holiday.Basis);
        Assert.Contains("国庆节、中秋节", holiday.Rule.Zh, StringComparison.Ordinal);
        Assert.StartsWith("起算日 2025-09-26 不计入", holiday.Rule.Zh, StringComparison.Ordinal);

        var makeUp = Calendar.Deadline(D("2025-10-01"), 10, PeriodUnit.CalendarDays);
        Assert.Equal(D("2025-10-11"), makeUp.Date);
        Assert.Empty(makeUp.SkippedDays);
        Assert.Contains("调休上班", makeUp.Rule.Zh, StringComparison.Ordinal);
        Assert.Contains("make-up working day", makeUp.Rule.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_working_days_give_the_start_with_nothing_skipped()
    {
        var deadline = Calendar.Deadline(D("2025-10-01"), 0, PeriodUnit.WorkingDays);
        Assert.Equal(D("2025-10-01"), deadline.Date);
        Assert.Empty(deadline.SkippedDays);
    }
}
