using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>Starts, stops, extends and re-projects a case's deadlines on the work calendar in force.</summary>
internal static class ComplaintClocks
{
    public static void Start(ComplaintCase complaint, DeadlineKind kind, DateOnly start, WorkCalendar calendar)
    {
        var period = ComplaintPeriods.For(kind);
        var deadline = new CaseDeadline { Kind = kind, StartOn = start, Days = period.Days, RuleId = period.Id };
        Project(deadline, period.Unit, period.Basis, calendar);
        complaint.Deadlines.Add(deadline);
    }

    public static void Stop(ComplaintCase complaint, DeadlineKind kind, DateOnly on)
    {
        if (complaint.RunningDeadline(kind) is { } running) running.MetOn = on;
    }

    /// <summary>Handling runs for 30 days plus approved extensions; the caller has checked the 90-day cap.</summary>
    public static void ExtendHandling(CaseDeadline handling, int totalDays, WorkCalendar calendar)
    {
        handling.Days = totalDays;
        handling.RuleId = totalDays > ComplaintPeriods.Handling.Days ? StatutoryPeriods.ComplaintHandlingCap.Id : ComplaintPeriods.Handling.Id;
        Project(handling, PeriodUnit.CalendarDays, StatutoryPeriods.ComplaintHandlingCap.Basis, calendar);
        handling.Alert = DeadlineAlert.None;
    }

    /// <summary>
    /// Re-projects a running deadline on a corrected calendar; returns whether its date moved or a provisional date
    /// became final (both are logged on the case).
    /// </summary>
    public static bool Recompute(CaseDeadline deadline, WorkCalendar calendar)
    {
        if (!deadline.IsRunning) return false;
        var before = deadline.DueOn;
        var wasProvisional = IsProvisional(deadline);
        var period = ComplaintPeriods.For(deadline.Kind);
        var basis = deadline.Days > period.Days ? StatutoryPeriods.ComplaintHandlingCap.Basis : period.Basis;
        Project(deadline, period.Unit, basis, calendar);
        return deadline.DueOn != before || wasProvisional != IsProvisional(deadline);
    }

    /// <summary>
    /// The date was counted through a year whose holiday notice is not loaded yet (Mon–Fri assumed); it is shown as
    /// provisional and recomputed when the notice is loaded.
    /// </summary>
    public static bool IsProvisional(CaseDeadline deadline) => CalendarDeadline.IsProvisionalRule(deadline.RuleEn);

    /// <summary>
    /// Statutory clocks must keep running when they reach into a year whose notice is not published yet (a December
    /// acceptance); such deadlines are provisional until <see cref="Recompute"/> runs on the loaded notice.
    /// </summary>
    private static void Project(CaseDeadline deadline, PeriodUnit unit, Bilingual basis, WorkCalendar calendar)
    {
        var computed = calendar.AssumingWeekdaysBeyondNotices().Deadline(deadline.StartOn, deadline.Days, unit, basis);
        deadline.Unit = unit == PeriodUnit.WorkingDays ? "working-days" : "calendar-days";
        deadline.DueOn = computed.Date;
        deadline.RuleZh = computed.Rule.Zh;
        deadline.RuleEn = computed.Rule.En;
        deadline.CalendarVersion = computed.CalendarVersion;
    }
}
