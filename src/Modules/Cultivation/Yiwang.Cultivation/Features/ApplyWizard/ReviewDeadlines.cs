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

    /// <summary>
    /// When the level now holding an application (by its status id) should decide, from the step that brought it there;
    /// null when no level is deciding.
    /// </summary>
    public DateOnly? For(string status, IEnumerable<(string Action, DateTimeOffset At)> events)
    {
        string[] arrivals = status switch
        {
            "submitted" => ["submitted", "resubmitted"],
            "locallyRecommended" => ["recommended"],
            "nationallyNominated" => ["nominated"],
            _ => [],
        };
        if (arrivals.Length == 0) return null;
        var received = events.Where(e => arrivals.Contains(e.Action)).Select(e => (DateTimeOffset?)e.At).LastOrDefault();
        return received is { } at ? DueOn(Figures.BeijingDate(at)) : null;
    }

    public DateOnly? For(Recognition.ApplicationDto application) =>
        application is null ? null : For(application.Status, application.Events.Select(e => (e.Action, e.At)));
}
