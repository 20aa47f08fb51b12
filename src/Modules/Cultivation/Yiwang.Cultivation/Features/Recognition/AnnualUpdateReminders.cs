using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Reviews.Data;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;

namespace Yiwang.Cultivation.Features.Recognition;

/// <param name="Reminded">Enterprises told that the annual update is due by the deadline.</param>
/// <param name="Overdue">Enterprises told that the deadline passed (their recognising department gets a digest).</param>
internal sealed record ReminderReport(DateOnly Today, DateOnly Deadline, int Reminded, int Overdue);

/// <summary>
/// Annual-update reminders: once a year when the window opens (<see cref="WindowDays"/> days before the deadline) and once
/// after the deadline to enterprises that still have not updated. Each reminder is kept as an event on the application
/// (reason = the deadline), which is also what stops a second reminder for the same year.
/// </summary>
internal sealed class AnnualUpdateReminders(ApplicationStore store, IServiceProvider services)
{
    public const int WindowDays = 30;
    public const string DueAction = "annualReminder";
    public const string OverdueAction = "annualOverdue";

    public async Task<ReminderReport> RunAsync(CancellationToken ct)
    {
        var today = store.Today;
        var deadline = ApplicationDto.AnnualDeadline(today.Year);
        if (today < deadline.AddDays(-WindowDays)) return new ReminderReport(today, deadline, 0, 0);
        var overdue = today > deadline;
        var action = overdue ? OverdueAction : DueAction;
        var key = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var due = await store.Queries.UpdatesOutstandingAsync(RecognitionChain.Current, today, yearStart, action, key, ct);
        await store.Queries.RecordSystemEventAsync(due, action, key, "annual-update-reminders", ct);

        if (services.GetService<INotifier>() is { } notifier)
        {
            foreach (var app in due) await NotifyEnterpriseAsync(notifier, app, deadline, overdue, ct);
            if (overdue) await NotifyDepartmentsAsync(notifier, due, deadline, ct);
        }

        return new ReminderReport(today, deadline, overdue ? 0 : due.Count, overdue ? due.Count : 0);
    }

    private static Task NotifyEnterpriseAsync(INotifier notifier, Filing app, DateOnly deadline, bool overdue, CancellationToken ct)
    {
        var subject = overdue
            ? new Bilingual($"年度信息更新已逾期（截止 {deadline:yyyy-MM-dd}）", $"The annual data update is overdue (deadline {deadline:yyyy-MM-dd})")
            : new Bilingual($"请于 {deadline:yyyy-MM-dd} 前完成年度信息更新", $"Please update your annual data by {deadline:yyyy-MM-dd}");
        var body = new Bilingual($"{app.ApplicantName}（{app.Category}，申请编号 {app.Id}）：{subject.Zh}。在申请页面填报本年度数据。",
            $"{app.ApplicantName} ({app.Category}, application {app.Id}): {subject.En}. File this year's figures on the application page.");
        return notifier.NotifyAsync(new NotificationRecipients { EnterpriseUsccs = [app.ApplicantUscc] },
            new Notification("cultivation." + (overdue ? OverdueAction : DueAction), $"application/{app.Id}", subject, body, RecognitionChain.Current.LinkTo(app.Id)), ct);
    }

    /// <summary>One digest per recognising department: the province, or MIIT for 小巨人.</summary>
    private static async Task NotifyDepartmentsAsync(INotifier notifier, IReadOnlyList<Filing> overdue, DateOnly deadline, CancellationToken ct)
    {
        var byDepartment = overdue.GroupBy(a => a.Category == ApplicationAccess.LittleGiant ? RegionCode.National.Value : RegionCode.Parse(a.RegionCode).Province.Value);
        foreach (var group in byDepartment)
        {
            var subject = new Bilingual($"{group.Count()} 家认定企业未在 {deadline:yyyy-MM-dd} 前完成年度信息更新",
                $"{group.Count()} recognised enterprise(s) missed the annual update deadline {deadline:yyyy-MM-dd}");
            await notifier.NotifyAsync(new NotificationRecipients { OfficialRegions = [group.Key] },
                new Notification("cultivation." + OverdueAction, group.Key, subject, subject, "/cultivation/applications?status=Recognised"), ct);
        }
    }
}
