namespace Yiwang.Kernel.Calendar;

/// <summary>The unit a legal period is counted in; 条例 第二十五条 uses both (工作日 for transfer, 日 for handling).</summary>
public enum PeriodUnit
{
    WorkingDays,
    CalendarDays,
}
