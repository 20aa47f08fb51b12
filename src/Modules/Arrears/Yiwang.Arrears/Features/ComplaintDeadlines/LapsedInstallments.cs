using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Kernel.Notifications;
using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <summary>
/// Payment plans are tracked to completion: an instalment whose agreed day has passed without its full amount is
/// logged on its case and reported once to the handling department and to the complainant, who may object
/// (an objection reopens supervision).
/// </summary>
internal sealed class LapsedInstallments(ArrearsDbContext db, TimeProvider clock, IServiceProvider services)
{
    public async Task<int> ReportAsync(DateOnly today, CancellationToken ct)
    {
        // Candidates by date only; "fully paid" compares decimals, which is done here rather than in SQLite's TEXT.
        var candidates = await db.Installments.Where(i => i.OverdueNotifiedOn == null && i.DueOn < today).ToListAsync(ct);
        var lapsed = candidates.Where(i => !i.IsPaid).ToList();
        foreach (var paid in candidates.Except(lapsed)) paid.OverdueNotifiedOn = today; // settled late: nothing to report later
        if (lapsed.Count == 0)
        {
            await db.SaveChangesAsync(ct);
            return 0;
        }

        var caseIds = lapsed.Select(i => i.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.HandlingRegion, c.ComplainantUscc }).ToDictionaryAsync(c => c.Id, ct);
        foreach (var installment in lapsed)
        {
            installment.OverdueNotifiedOn = today;
            db.Events.Add(new CaseEvent
            {
                CaseId = installment.CaseId, At = clock.GetUtcNow(), ActorId = "system", ActorRole = "system", Action = "plan.overdue",
                Note = FormattableString.Invariant($"#{installment.Sequence} {installment.DueOn:yyyy-MM-dd} {installment.AmountYuan:0.00} (paid {installment.PaidYuan ?? 0:0.00})"),
                VisibleToRespondent = true,
            });
        }
        await db.SaveChangesAsync(ct);

        if (services.GetService<INotifier>() is not { } notifier) return lapsed.Count;
        foreach (var group in lapsed.GroupBy(i => i.CaseId))
        {
            var c = cases[group.Key];
            var zh = string.Join("、", group.Select(i => FormattableString.Invariant($"{i.Sequence}（{i.DueOn:yyyy-MM-dd}）")));
            var en = string.Join(", ", group.Select(i => FormattableString.Invariant($"{i.Sequence} ({i.DueOn:yyyy-MM-dd})")));
            var subject = new Bilingual($"投诉 {c.Number} 的还款计划第 {zh} 期逾期未付", $"Complaint {c.Number}: payment-plan instalment {en} is overdue");
            await notifier.NotifyAsync(
                new NotificationRecipients { OfficialRegions = c.HandlingRegion is null ? [] : [c.HandlingRegion], EnterpriseUsccs = [c.ComplainantUscc] },
                new Notification("complaint.plan-overdue", c.Number ?? $"case-{c.Id}", subject, subject, $"/complaints/{c.Id}"), ct);
        }
        return lapsed.Count;
    }
}
