using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Features.ComplaintDeadlines;
using Yiwang.Arrears.Features.ComplaintRollup;
using Yiwang.Kernel.Auditing;

namespace Yiwang.Arrears.Features.Complaints;

/// <summary>
/// The one way cases and their clocks are saved (the DbContext refuses any other, see
/// <see cref="ArrearsDbContext.InCaseWrite"/>). In one transaction it saves what is tracked, moves the changed cases
/// between the cells of the dashboard's counts table (<see cref="CaseStatsWriter"/>), recomputes the list's alert column
/// of the cases whose clocks changed (<see cref="CaseAlertSync"/>) and appends the audit entries of the change — so a
/// crash leaves either all of them or none, and neither the counts, the alert filter nor the audit log can disagree with
/// a committed case.
/// </summary>
internal sealed class CaseWrite(ArrearsDbContext db, IAuditTrail audit)
{
    /// <param name="audited">The audit entries, built after the rows are written (a new case has its id then).</param>
    /// <exception cref="DbUpdateConcurrencyException">A case's version changed meanwhile; nothing was saved.</exception>
    public async Task SaveAsync(Func<IReadOnlyList<AuditEvent>>? audited, CancellationToken ct)
    {
        var deltas = CaseStatsTracking.PendingDeltas(db.ChangeTracker);
        var clocks = CaseAlertSync.PendingClockChanges(db.ChangeTracker);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await using (own)
        {
            db.InCaseWrite = true;
            try
            {
                // Accepted at once so new rows carry their ids (the audit subject "draft-{id}", a new clock's case id);
                // a failure after this rolls the transaction back and the command fails — the context is not reused.
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
            }
            finally
            {
                db.InCaseWrite = false;
            }
            if (deltas.Count > 0) await CaseStatsWriter.ApplyAsync(db, deltas, ct);
            if (clocks.Count > 0) await CaseAlertSync.ApplyAsync(db, [.. clocks.Select(c => c.Entity.CaseId).Distinct()], ct);
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            // Last before the commit: on PostgreSQL the audit chain's tail stays locked until then.
            foreach (var entry in audited?.Invoke() ?? []) await audit.RecordAsync(entry, transaction, ct);
            if (own is not null) await own.CommitAsync(ct);
        }
    }
}
