namespace Yiwang.Kernel.Calendar;

/// <summary>A date and its kind; <paramref name="HolidayName"/> names the holiday a day off or a make-up day belongs to.</summary>
public readonly record struct CalendarDay(DateOnly Date, DayKind Kind, string? HolidayName)
{
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeUpWorkday;

    /// <summary>
    /// The year has no State Council notice yet and the day was judged by the weekday and the holidays fixed by law alone
    /// (<see cref="WorkCalendar.AssumingWeekdaysBeyondNotices"/>); only provisional deadlines contain such days.
    /// </summary>
    public bool IsAssumed { get; init; }

    public override string ToString() =>
        HolidayName is null ? $"{Date:yyyy-MM-dd} {Date.DayOfWeek} {Kind}" : $"{Date:yyyy-MM-dd} {Date.DayOfWeek} {Kind} {HolidayName}";
}
