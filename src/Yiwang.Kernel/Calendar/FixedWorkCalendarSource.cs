namespace Yiwang.Kernel.Calendar;

/// <summary>A calendar source that never changes: the embedded calendar by default, for the CLI, tests and hosts without calendar administration.</summary>
public sealed class FixedWorkCalendarSource(WorkCalendar calendar) : IWorkCalendarSource
{
    public FixedWorkCalendarSource() : this(WorkCalendar.Default)
    {
    }

    public WorkCalendar Current { get; } = calendar;
}
