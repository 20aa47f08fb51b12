using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yiwang.Arrears.Domain.Complaints;

namespace Yiwang.Arrears.Features.ComplaintRollup;

/// <summary>
/// Reads, before a save, how the tracked cases move between cells: the original values (as loaded) leave their cells,
/// the current values enter theirs. Every writer of cases goes through <c>SaveChanges</c> (commands, filing, the
/// demo seed, deadline recalculation), so this sees every transition without each of them having to remember it.
/// </summary>
internal static class CaseStatsTracking
{
    public static Dictionary<CellKey, CellCount> PendingDeltas(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        if (tracker.AutoDetectChangesEnabled) tracker.DetectChanges();
        var deltas = new Dictionary<CellKey, CellCount>();
        foreach (var entry in tracker.Entries<ComplaintCase>())
        {
            var before = entry.State is EntityState.Modified or EntityState.Deleted ? Facts(entry.OriginalValues) : null;
            var after = entry.State is EntityState.Added or EntityState.Modified ? CaseFacts.Of(entry.Entity) : null;
            if (before is null && after is null) continue;
            CaseStatCells.AddChange(deltas, before, after);
        }
        // Most saves (a note, an extension, a deadline) move no case between cells: no transaction is opened for them.
        foreach (var unchanged in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(unchanged);
        return deltas;
    }

    private static CaseFacts Facts(PropertyValues v) => new(
        v.GetValue<ComplaintStatus>(nameof(ComplaintCase.Status)), v.GetValue<RespondentType>(nameof(ComplaintCase.RespondentType)),
        v.GetValue<string>(nameof(ComplaintCase.RespondentRegion)), v.GetValue<string>(nameof(ComplaintCase.AcceptingRegion)),
        v.GetValue<string?>(nameof(ComplaintCase.HandlingRegion)), v.GetValue<DateOnly?>(nameof(ComplaintCase.SubmittedOn)),
        v.GetValue<DateOnly?>(nameof(ComplaintCase.AcceptedOn)), v.GetValue<DateOnly?>(nameof(ComplaintCase.ForwardedOn)),
        v.GetValue<DateOnly?>(nameof(ComplaintCase.ResolvedOn)), v.GetValue<DateOnly?>(nameof(ComplaintCase.ClosedOn)),
        v.GetValue<decimal>(nameof(ComplaintCase.AmountOwedYuan)), v.GetValue<decimal?>(nameof(ComplaintCase.RecoveredYuan)));
}
