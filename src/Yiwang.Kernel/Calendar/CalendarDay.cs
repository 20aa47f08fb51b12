namespace Yiwang.Kernel.Calendar;

/// <summary>A date and its kind; <paramref name="HolidayName"/> names the holiday a day off or a make-up day belongs to.</summary>
public readonly record struct CalendarDay(DateOnly Date, DayKind Kind, string? HolidayName)
{
    public bool IsWorkingDay => Kind is DayKind.Workday or DayKind.MakeUpWorkday;

    public override string ToString() =>
        HolidayName is null ? $"{Date:yyyy-MM-dd} {Date.DayOfWeek} {Kind}" : $"{Date:yyyy-MM-dd} {Date.DayOfWeek} {Kind} {HolidayName}";
}
