using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// Where a calendar-day term ends: 民法典第二百零一条 leaves the start day out, 第二百零三条 moves a last day that falls on a
/// statutory holiday or rest day to the next working day. The holiday and make-up-workday data live in the kernel.
/// </summary>
internal static class TermCalendar
{
    public static DateOnly PeriodEnd(DateOnly start, int calendarDays) => WorkCalendar.Default.PeriodEnd(start, calendarDays);
}
