using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Calendar;
using Yiwang.Kernel.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <param name="OverdueMarked">Running deadlines that passed since the last sweep.</param>
/// <param name="DueSoonMarked">Running deadlines that now fall within <see cref="DeadlineSweep.DueSoonWorkingDays"/> working days.</param>
/// <param name="InstallmentsOverdue">Payment-plan instalments found unpaid past their day in this run (each reported once).</param>
internal sealed record SweepReport(DateOnly Today, int OverdueMarked, int DueSoonMarked, int RegionsNotified, int InstallmentsOverdue);

/// <summary>
/// Marks running clocks due soon and overdue with set-based updates (so it stays fast over a million open cases) and
/// sends one digest per responsible department; overdue digests also go to the supervising levels.
/// </summary>
internal sealed class DeadlineSweep(ArrearsDbContext db, IWorkCalendarSource calendars, TimeProvider clock, IServiceProvider services, LapsedInstallments installments)
{
    public const int DueSoonWorkingDays = 2;

    public async Task<SweepReport> RunAsync(CancellationToken ct)
    {
        var today = CaseActor.ChinaDate(clock.GetUtcNow());
        var soonLimit = DueSoonLimit(calendars.Current, today);

        var overdue = db.Deadlines.Where(d => d.MetOn == null && d.DueOn < today && d.Alert != DeadlineAlert.Overdue);
        var overdueRegions = await CountByRegionAsync(overdue, ct);
        await CaseAlertSync.FlagCasesAsync(db, overdue, DeadlineAlert.Overdue, ct);
        var overdueCount = await overdue.ExecuteUpdateAsync(s => s.SetProperty(d => d.Alert, DeadlineAlert.Overdue), ct);

        var soon = db.Deadlines.Where(d => d.MetOn == null && d.DueOn >= today && d.DueOn <= soonLimit && d.Alert == DeadlineAlert.None);
        var soonRegions = await CountByRegionAsync(soon, ct);
        await CaseAlertSync.FlagCasesAsync(db, soon, DeadlineAlert.DueSoon, ct);
        var soonCount = await soon.ExecuteUpdateAsync(s => s.SetProperty(d => d.Alert, DeadlineAlert.DueSoon), ct);

        await NotifyAsync(overdueRegions, overdue: true, ct);
        await NotifyAsync(soonRegions, overdue: false, ct);
        var lapsed = await installments.ReportAsync(today, ct);
        return new SweepReport(today, overdueCount, soonCount, overdueRegions.Count + soonRegions.Count, lapsed);
    }

    /// <summary>
    /// The last day a running clock counts as due soon: <see cref="DueSoonWorkingDays"/> working days ahead (provisionally
    /// counted past the last loaded notice, like the clocks), or calendar days where even that is impossible (a past year
    /// without its notice). The sweep, the dashboard and the demo seed share it.
    /// </summary>
    public static DateOnly DueSoonLimit(WorkCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try { return calendar.AssumingWeekdaysBeyondNotices().AddWorkingDays(today, DueSoonWorkingDays); }
        catch (CalendarNotCoveredException) { return today.AddDays(DueSoonWorkingDays); }
    }

    /// <summary>The department that must act: the accepting one before forwarding, the handling one after.</summary>
    private async Task<Dictionary<string, int>> CountByRegionAsync(IQueryable<CaseDeadline> deadlines, CancellationToken ct) =>
        await deadlines.Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => d.Kind == DeadlineKind.Handling ? c.HandlingRegion! : c.AcceptingRegion)
            .GroupBy(region => region).Select(g => new { Region = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Region, x => x.Count, ct);

    /// <summary>One digest per department, sent as one batch (the first sweep after a bulk load has thousands).</summary>
    private async Task NotifyAsync(Dictionary<string, int> byRegion, bool overdue, CancellationToken ct)
    {
        if (byRegion.Count == 0 || services.GetService<INotifier>() is not { } notifier) return;
        var digests = byRegion.Select(pair =>
        {
            var (region, count) = pair;
            var subject = overdue ? new Kernel.Text.Bilingual($"{count} 件投诉的法定期限已届满", $"{count} complaint deadline(s) passed")
                : new Kernel.Text.Bilingual($"{count} 件投诉的法定期限即将届满", $"{count} complaint deadline(s) due within {DueSoonWorkingDays} working days");
            var link = "/complaints?alert=" + (overdue ? "overdue" : "due-soon");
            return new Addressed(new NotificationRecipients { OfficialRegions = [region], IncludeSupervisors = overdue },
                new Notification(overdue ? "complaint.overdue" : "complaint.due-soon", region, subject, subject, link));
        }).ToList();
        await notifier.NotifyManyAsync(digests, ct);
    }
}
