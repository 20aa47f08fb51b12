namespace Yiwang.Kernel.Calendar;

/// <summary>
/// The calendar in force: the embedded one plus every notice an administrator loaded since. Modules compute deadlines
/// from <see cref="Current"/>, never from <see cref="WorkCalendar.Default"/>, so a corrected year reaches them.
/// </summary>
public interface IWorkCalendarSource
{
    WorkCalendar Current { get; }
}

/// <summary>
/// Told after an administrator loaded or corrected a year, so stored deadlines can be recomputed (the issue asks that
/// deadlines are "recomputed when the calendar is corrected"). Registered by modules, called by the host.
/// </summary>
public interface IWorkCalendarChangeListener
{
    Task OnCalendarChangedAsync(WorkCalendar calendar, CancellationToken cancellationToken);
}
