using Microsoft.EntityFrameworkCore;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.Complaints;
using Yiwang.Kernel.Calendar;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <summary>
/// When an administrator corrects the calendar or loads a new year's notice, every running deadline is re-projected
/// on it; a moved date, or a provisional date that became final, is logged on its case so the change is visible and
/// explained.
/// </summary>
internal sealed class DeadlineRecalculation(ArrearsDbContext db, CaseWrite write, TimeProvider clock) : IWorkCalendarChangeListener
{
    public async Task OnCalendarChangedAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        const int batch = 1000;
        long after = 0;
        while (true)
        {
            var running = await db.Deadlines.Where(d => d.MetOn == null && d.Id > after).OrderBy(d => d.Id).Take(batch).ToListAsync(cancellationToken);
            if (running.Count == 0) break;
            foreach (var deadline in running)
            {
                var before = deadline.DueOn;
                if (!ComplaintClocks.Recompute(deadline, calendar)) continue;
                deadline.Alert = DeadlineAlert.None;
                db.Events.Add(new CaseEvent
                {
                    CaseId = deadline.CaseId, At = clock.GetUtcNow(), ActorId = "system", ActorRole = "system", Action = "deadline.recomputed",
                    Note = CaseEventNotes.Recomputed(deadline.Kind, before, deadline.DueOn, ComplaintClocks.IsProvisional(deadline), calendar.Version),
                });
            }
            // The case's alert column follows its clocks (each moved clock starts unflagged again), in the same transaction.
            await write.SaveAsync(audited: null, cancellationToken);
            db.ChangeTracker.Clear();
            after = running[^1].Id;
        }
    }
}
