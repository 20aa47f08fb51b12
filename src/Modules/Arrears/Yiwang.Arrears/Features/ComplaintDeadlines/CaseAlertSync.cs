using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintDeadlines;

/// <summary>
/// Keeps <see cref="ComplaintCase.Alert"/> equal to the alert of the case's running clocks. Clocks start, stop, are
/// extended, reopened and re-projected by many writers (commands, the calendar recalculation, the demo seed); rather than
/// each remembering the copy, the save hook notes every case whose clocks changed and recomputes its alert in SQL, in
/// the same transaction. The sweep, which flags clocks with set-based updates that bypass the hook, calls
/// <see cref="FlagCasesAsync"/> itself.
/// </summary>
internal static class CaseAlertSync
{
    /// <summary>Clock rows about to be written whose case's alert may change (read the case ids after the save: new rows get theirs then).</summary>
    public static List<EntityEntry<CaseDeadline>> PendingClockChanges(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return [.. tracker.Entries<CaseDeadline>().Where(e => e.State is EntityState.Added or EntityState.Deleted
            || (e.State == EntityState.Modified && (e.Property(d => d.Alert).IsModified || e.Property(d => d.MetOn).IsModified)))];
    }

    /// <summary>Recomputes the alert of these cases from their running clocks: Overdue wins over DueSoon, else None.</summary>
    public static async Task ApplyAsync(ArrearsDbContext db, IReadOnlyCollection<long> caseIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (caseIds.Count == 0) return;
        var cases = db.Cases.Where(c => caseIds.Contains(c.Id));
        await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.Alert, DeadlineAlert.None), ct);
        foreach (var alert in (DeadlineAlert[])[DeadlineAlert.DueSoon, DeadlineAlert.Overdue])
            await cases.Where(c => c.Deadlines.Any(d => d.MetOn == null && d.Alert == alert))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Alert, alert), ct);
    }

    /// <summary>
    /// Before the sweep flags <paramref name="clocks"/> with <paramref name="alert"/>, their cases take it too (DueSoon never
    /// replaces Overdue from another running clock).
    /// </summary>
    public static Task<int> FlagCasesAsync(ArrearsDbContext db, IQueryable<CaseDeadline> clocks, DeadlineAlert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cases = db.Cases.Where(c => c.Alert != alert && clocks.Any(d => d.CaseId == c.Id));
        if (alert == DeadlineAlert.DueSoon) cases = cases.Where(c => c.Alert != DeadlineAlert.Overdue);
        return cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.Alert, alert), ct);
    }
}
