using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.ApplyWizard;

/// <summary>
/// When a level of the review chain should have decided: the 办法 leaves each level's time to the provincial batch
/// notice, so the platform works to a service target of 20 working days per level and says so wherever it shows the date.
/// Years beyond the State Council's holiday notices count weekdays (the calendar's provisional reading).
/// </summary>
internal sealed class ReviewDeadlines(IWorkCalendarSource calendar)
{
    public const int WorkingDays = 20;

    public static Bilingual Basis { get; } = new("平台办理时限为每级 20 个工作日，以当批申报通知为准",
        "the platform's service target is 20 working days per level; the batch notice prevails");

    /// <summary>The day a level should decide by, when the application reached it on <paramref name="received"/>.</summary>
    public DateOnly DueOn(DateOnly received) => calendar.Current.AssumingWeekdaysBeyondNotices().AddWorkingDays(received, WorkingDays);
}
