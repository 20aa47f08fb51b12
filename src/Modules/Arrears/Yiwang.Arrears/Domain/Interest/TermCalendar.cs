using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// Where a calendar-day term ends: 民法典第二百零一条 leaves the start day out, 第二百零三条 moves a last day that falls on a
/// statutory holiday or rest day to the next working day. The holiday and make-up-workday data live in the kernel.
/// </summary>
internal static class TermCalendar
{
    /// <summary>
    /// A term ending after the last loaded notice (a December delivery with a 30-day term) is answered provisionally,
    /// on the holidays the law fixes, rather than refused; <see cref="IsProvisional"/> tells the caller to say so.
    /// </summary>
    public static DateOnly PeriodEnd(DateOnly start, int calendarDays) =>
        WorkCalendar.Default.AssumingWeekdaysBeyondNotices().PeriodEnd(start, calendarDays);

    public static bool IsProvisional(DateOnly lastCalendarDay, DateOnly due) => !WorkCalendar.Default.Covers(lastCalendarDay) || !WorkCalendar.Default.Covers(due);
}
