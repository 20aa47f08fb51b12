using Yiwang.Arrears.Data;
using Yiwang.Arrears.Domain.Complaints;
using Yiwang.Arrears.Features.ReviewComplaint;
using Yiwang.Kernel.Access;
using Yiwang.Kernel.Auditing;

namespace Yiwang.Arrears.Features.ComplaintRouting;

/// <summary>Administrators replace the routing rules; each stored set is kept and audited, the newest applies to new forwardings.</summary>
internal sealed class RoutingRulesHandler(ArrearsDbContext db, ReviewComplaintHandler review, IAuditTrail audit, TimeProvider clock)
{
    public Task<RoutingRuleSet> CurrentAsync(CancellationToken ct) => review.CurrentRulesAsync(ct);

    /// <exception cref="InvalidDataException">The rules are malformed; the message says why.</exception>
    public async Task<RoutingRuleSet> StoreAsync(string json, CallerScope scope, CancellationToken ct)
    {
        if (!scope.IsAdmin) throw new UnauthorizedAccessException();
        var set = RoutingRuleSet.Parse(json);
        db.RoutingRuleSets.Add(new RoutingRuleSetRecord { RuleSetId = set.Id, Json = set.ToJson(), StoredBy = scope.UserId, StoredAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("complaint.routing-rules.stored", set.Id, scope.UserId, $"{set.Rules.Count} rules"), ct);
        return set;
    }
}
